// Every temp folder a test makes goes under one folder of this run, removed in teardown, so a
// test run leaves nothing behind in the system's temp folder (workers inherit TMPDIR).
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

module.exports = async function setup() {
  const root = mkdtempSync(join(tmpdir(), 'fmc-run-'));
  process.env.FMC_TEST_TMP_ROOT = root;
  process.env.TMPDIR = root;
};
