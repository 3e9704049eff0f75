import { useId } from 'react';
import type { NamingRow } from '../core/compare/select-sources';

export interface NamingTableProps {
  rows: readonly NamingRow[];
  caption: string;
}

/** How outlets name the same person, place or body: the words, and who used them. No verdict. */
export function NamingTable({ rows, caption }: NamingTableProps) {
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="naming">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Who or what</th>
            <th scope="col">Words used, and by whom</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.referent}>
              <th scope="row">{row.referent}</th>
              <td>
                <ul>
                  {row.variants.map((v) => (
                    <li key={v.words}>
                      <q>{v.words}</q> — {v.outlets.map((o) => o.name).join(', ')}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
