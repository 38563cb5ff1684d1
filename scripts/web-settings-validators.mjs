// `npm run web:settings-validators`: writes the browser's validators of a cycle's settings
// (scripts/settings-validators.js says why they are compiled ahead) from the schema objects of
// libs/applications, read from dist/, into apps/web/src/pages/admin/generated/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { validatorModule, OUT_DIR } = require('./settings-validators.js');
const domain = (file) => require(path.join(ROOT, 'dist/libs/applications/src/domain', file));
const SCHEMAS = {
  'eligibility-policy': domain('eligibility/policy-schema.js').ELIGIBILITY_POLICY_SCHEMA,
  'evidence-rules': domain('evidence-rules-schema.js').EVIDENCE_RULES_SCHEMA,
  rubric: domain('rubric.js').RUBRIC_SCHEMA,
};
const OUT = path.join(ROOT, OUT_DIR);
fs.mkdirSync(OUT, { recursive: true });
for (const [name, schema] of Object.entries(SCHEMAS)) {
  const { js, dts } = validatorModule(schema);
  fs.writeFileSync(path.join(OUT, `${name}-validator.js`), js);
  fs.writeFileSync(path.join(OUT, `${name}-validator.d.ts`), dts);
  console.log(`wrote ${name}-validator.js`);
}
