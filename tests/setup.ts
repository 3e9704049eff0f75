import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
// Importing the app defines its routes and on-demand parts; loaded up front, every one renders at once.
import '../src/app/app';
import { preloadOnDemand } from '../src/lib/on-demand';

beforeAll(() => preloadOnDemand());

afterEach(() => {
  cleanup();
});
