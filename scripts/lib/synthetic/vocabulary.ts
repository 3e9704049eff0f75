/**
 * Word lists the synthetic corpus invents its people, places and outlets from. Names are
 * combined from common given names, surnames and place-name parts, so they read like real
 * ones without naming a real outlet or a real journalist.
 */

export const GIVEN_NAMES = (
  'Ada Adele Aiden Alan Alba Alice Amara Amir Ana Anders Andrea Anika Arjun Ayla Beatriz Ben ' +
  'Bianca Bruno Carla Carmen Cecile Chidi Chloe Clara Colm Dalia Daniel Dara Diego Elena Elif ' +
  'Elliot Emeka Emil Erin Esther Farah Felix Fiona Gemma Grace Hana Hugo Ian Ines Ingrid Isaac ' +
  'Ivan Jada James Jonas Julia Kai Kamala Karim Kate Keira Kenji Lara Leila Leo Lina Luca Lucia ' +
  'Maeve Malik Marta Maya Mei Milan Mira Nadia Naomi Nikhil Nina Noah Nora Olga Omar Oscar Paula ' +
  'Priya Rafael Rhea Rosa Ruth Sami Sara Sean Selma Simon Sofia Tariq Tessa Theo Tomas Uma Vera ' +
  'Victor Wanda Yara Yusuf Zara Zoe'
).split(' ');

export const SURNAMES = (
  'Abara Achterberg Adeyemi Albrecht Alvarez Amsel Andersen Arkwright Ashdown Bakker Balogun ' +
  'Barros Beaumont Bellweather Bergstrom Blackwood Bramley Brennan Calloway Castellano Chandra ' +
  'Chowdhury Cordero Dalgliesh Delacroix Demir Donnelly Dunmore Eklund Esposito Fairbairn ' +
  'Ferreira Fitzgerald Galloway Gathii Greaves Halvorsen Hargreaves Hollis Ibarra Iyer Jansen ' +
  'Kamau Karlsson Kavanagh Kerrigan Kowalczyk Lachance Lindqvist Lockhart Lombardi Maddox ' +
  'Mahlangu Marchetti Mbeki Mendoza Moreau Mulligan Nakamura Navarro Nwosu Oduya Okafor ' +
  'Okonkwo Oyelaran Pacheco Pemberton Petrov Quintero Radcliffe Rahman Ramsey Rasmussen ' +
  'Rinaldi Rosenthal Sandoval Sato Schreiber Sekibo Shelby Sinclair Soderberg Sorensen ' +
  'Stanhope Strand Sutherland Takahashi Thornbury Toivonen Valdez Varga Vasquez Wainwright ' +
  'Westergaard Whitlock Yamada Yilmaz Zielinski'
).split(' ');

/** First halves of invented place names. */
export const PLACE_HEADS = (
  'Ash Bar Bel Black Bramble Bright Brook Cal Cedar Clay Cold Cors Dun Elm Fair Fern Glen Gold ' +
  'Grey Hallow Hart Haven Holt Iron Kest Kings Lark Lin March Marl Mill Moor New Oak Pen Pine ' +
  'Quarry Raven Red Ridge Rock Rose Salt Sand Sil Stone Strath Thorn Wick Willow Wolf Wren'
).split(' ');

/** Second halves of invented place names. */
export const PLACE_TAILS = (
  'bay borough bridge brook bury by combe dale field ford gate haven holm hurst lea mere minster ' +
  'moor mouth ness port ridge stead stow ton vale wick wood worth'
).split(' ');

/** Sections of a news site, for menus, kickers and addresses. */
export const SECTIONS = [
  'World',
  'Politics',
  'Business',
  'Economy',
  'Technology',
  'Science',
  'Health',
  'Sport',
  'Culture',
  'Entertainment',
  'Opinion',
  'Local',
  'Environment',
  'Education',
  'Crime',
  'Travel',
];

/** Reader comments under an article: short and generic, as most are. */
export const COMMENTS = [
  'Thanks for the clear summary.',
  'I would like to see the full report before judging this.',
  'This has been going on for years and nobody listens.',
  'Good reporting, as usual.',
  'Who is paying for all of this?',
  'Interesting, but the headline oversells it.',
  'Finally some sensible coverage of this story.',
  'My family lives near there and it has been a hard week.',
  'Can anyone confirm the numbers quoted here?',
  'The photo says more than the article.',
];

/** Topics an author bio says a journalist covers. */
export const BEATS = [
  'politics',
  'business and the economy',
  'courts and crime',
  'science and health',
  'technology',
  'culture',
  'international affairs',
  'sport',
  'the environment',
  'local government',
];

/** Agencies a photo credit names. */
export const PHOTO_AGENCIES = ['Getty Images', 'AFP', 'AP', 'Reuters', 'EPA', 'Shutterstock'];

/** What a news photo shows, for captions (the article's own photos are not in the text). */
export const PHOTO_SUBJECTS = [
  'Officials speak to reporters at a news conference',
  'A general view of the scene',
  'People gather outside the building',
  'Emergency services at the site',
  'Delegates arrive for the meeting',
  'A file photo',
  'Supporters wave flags during the rally',
  'The entrance to the headquarters',
  'Visitors walk past the site',
  'Police officers stand guard',
];
