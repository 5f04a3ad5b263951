// TMPDIR is pointed at a disposable folder: every cdktf Testing.app() leaves a cdktf.outdir.* behind.
const path = require('path');
const fs = require('fs');
const tmp = path.join(__dirname, '.tmp', 'jest');
fs.mkdirSync(tmp, { recursive: true });
process.env.TMPDIR = tmp;

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  setupFilesAfterEnv: ['<rootDir>/test/setup-jest.ts'],
  // Builds the guard runner bundle when a lib/ source is newer (the construct copies it into stacks).
  globalSetup: '<rootDir>/test/global-setup.ts',
  testTimeout: 30000,
};
