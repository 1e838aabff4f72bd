import { afterEach, expect } from 'vitest';
import { takeConsoleProblems } from './browser';

// Every end-to-end test fails if the app logged an error or a warning while it ran.
afterEach(() => {
  expect(takeConsoleProblems(), 'the page logged errors or warnings').toEqual([]);
});
