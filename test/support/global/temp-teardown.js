const { rmSync } = require('node:fs');

module.exports = async function teardown() {
  const root = process.env.FMC_TEST_TMP_ROOT;
  if (root) rmSync(root, { recursive: true, force: true });
};
