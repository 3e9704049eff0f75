import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadRoutes } from '../src/app/app';

// Routes are chunks loaded on demand; loaded up front here, every route renders at once.
beforeAll(() => preloadRoutes());

afterEach(() => {
  cleanup();
});
