import * as fs from 'fs';
import * as path from 'path';
import { ELIGIBILITY_POLICY_SCHEMA } from '../libs/applications/src/domain/eligibility/policy-schema';
import { EVIDENCE_RULES_SCHEMA } from '../libs/applications/src/domain/evidence-rules-schema';
import { RUBRIC_SCHEMA } from '../libs/applications/src/domain/rubric';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS module the generator script shares
const { validatorModule, OUT_DIR } = require('./settings-validators.js') as {
  validatorModule: (schema: object) => { js: string; dts: string };
  OUT_DIR: string;
};

const SCHEMAS: Record<string, object> = { 'eligibility-policy': ELIGIBILITY_POLICY_SCHEMA, 'evidence-rules': EVIDENCE_RULES_SCHEMA, rubric: RUBRIC_SCHEMA };
const generated = (file: string) => fs.readFileSync(path.resolve(__dirname, '..', OUT_DIR, file), 'utf8');

/** The browser's precompiled validators are checked in; this fails when a schema changed without `npm run web:settings-validators`. */
describe("the web's precompiled validators of a cycle's settings", () => {
  it.each(Object.keys(SCHEMAS))('%s-validator.js is what its schema compiles to today', (name) => {
    const { js, dts } = validatorModule(SCHEMAS[name]);
    if (js !== generated(`${name}-validator.js`) || dts !== generated(`${name}-validator.d.ts`)) {
      throw new Error(`${OUT_DIR}/${name}-validator.js is out of date with its schema: run \`npm run web:settings-validators\` and commit the result`);
    }
  });

  it('fails when the schema differs (the check can fail)', () => {
    const changed = { ...RUBRIC_SCHEMA, description: 'changed' };
    expect(validatorModule(changed).js).not.toBe(generated('rubric-validator.js'));
  });
});
