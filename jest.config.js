/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  globalSetup: '<rootDir>/test/support/global/temp-setup.js',
  globalTeardown: '<rootDir>/test/support/global/temp-teardown.js',
  transform: {
    '^.+\\.ts$': 'ts-jest',
  },
  // Conversation tests share a temp dir per worker; two workers match CI's two cores.
  maxWorkers: process.env.CI ? 2 : '50%',
};
