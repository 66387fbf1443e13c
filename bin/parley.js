#!/usr/bin/env node
'use strict';
// Runs the compiled CLI; `npm ci` builds it (prepare), `npm run build` rebuilds it.
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('parley: not built yet; run `npm run build` in ' + path.dirname(__dirname) + '\n');
  process.exit(1);
}
require(entry)
  .main(process.argv)
  .catch((error) => {
    process.stderr.write('parley: ' + (error && error.stack ? error.stack : String(error)) + '\n');
    process.exit(1);
  });
