// asl-validator over both definitions, placeholders substituted with well-formed ARNs. Exit 1 on any error.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDefinition, localArns } from './definitions.mjs';

const require = createRequire(import.meta.url);
const validator = require('asl-validator');
const validate = validator.default ?? validator;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let failed = false;
for (const file of ['gluedbt.asl.json', 'lane.asl.json']) {
  const result = validate(loadDefinition(join(root, file), localArns()), { checkPaths: true, checkArn: true });
  if (result.isValid) {
    console.log(`asl-validator: ${file} is valid`);
  } else {
    failed = true;
    console.error(`asl-validator: ${file} is invalid:\n${JSON.stringify(result.errors, null, 2)}`);
  }
}
process.exit(failed ? 1 : 0);
