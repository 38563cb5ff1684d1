import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createHash, randomBytes } from 'crypto';
import { ApiClient } from './portal';
import {
  Attachment,
  buildDefaultForm,
  Cycle,
  CyclesService,
  EvidenceRules,
  FormsService,
  HostOffice,
  LEVELS,
  residentIdCheckChar,
  sampleFormData,
  TitleLevel,
  TRANSITIONS,
  WORKFLOW_ACTION_SETTING,
  WorkflowAction,
} from '@app/applications';

const DAY = 24 * 3600 * 1000;

/** Published default forms for every level, and an open cycle that uses them (through the real services). */
export async function makeOpenCycle(
  app: INestApplicationContext,
  options: { code?: string; closesInDays?: number; levels?: TitleLevel[]; evidenceRules?: Partial<EvidenceRules> } = {},
): Promise<Cycle> {
  const forms = app.get(FormsService);
  const formVersions: Partial<Record<TitleLevel, string>> = {};
  const levels = options.levels ?? [...LEVELS];
  for (const level of levels) {
    const def = buildDefaultForm(level);
    const draft = await forms.create({ formKey: `test-${level}`, level, titleZh: `测试表 ${level}`, titleEn: `Test form ${level}`, schema: def.schema, uiHints: def.uiHints }, null);
    formVersions[level] = (await forms.publish(draft.id, null)).id;
  }
  const now = Date.now();
  return app.get(CyclesService).create(
    {
      code: options.code ?? `T${randomBytes(3).toString('hex').toUpperCase()}-ID`,
      nameZh: '测试评审批次',
      nameEn: 'Test evaluation cycle',
      levels,
      specialties: ['product_design', 'experience_design', 'visual_communication'],
      opensAt: new Date(now - DAY),
      closesAt: new Date(now + (options.closesInDays ?? 30) * DAY),
      formVersions,
      evidenceRules: options.evidenceRules,
    },
    null,
  );
}

/** The employer of sampleFormData (and the browser fixtures' completeData): 重庆某工业设计有限公司. */
export const SAMPLE_EMPLOYER_CREDIT_CODE = '91500103PB3LWF6F87';

/**
 * Registers the sample employer as a recommending unit (once per database), so a file made from
 * sampleFormData can be submitted: its unit is found by the credit code. Cross-provincial files
 * go to the partner association, which the portal seeds at start-up. Returns the unit's id.
 */
export async function ensureSampleUnit(app: INestApplicationContext): Promise<string> {
  const rows: { id: string }[] = await app.get(DataSource).query(
    `INSERT INTO organisations (kind, name_zh, name_en, credit_code, province) VALUES ('employer', '重庆某工业设计有限公司', 'Chongqing Example Industrial Design Co., Ltd.', $1, $2)
     ON CONFLICT (credit_code) WHERE credit_code IS NOT NULL DO UPDATE SET credit_code = EXCLUDED.credit_code RETURNING id`,
    [SAMPLE_EMPLOYER_CREDIT_CODE, app.get(HostOffice).provinceCode],
  );
  return rows[0].id;
}


/**
 * A valid resident ID number of its own for each `seed` (an account's id or e-mail), the same
 * for the same seed: one person per account, as one person, one account wants (a second
 * account submitting a number is refused). Born 1988-05-12 like the sample file; the address
 * code (Chongqing, 50xxxx) and the sequence vary, 10^7 numbers.
 */
export function residentIdFor(seed: string): string {
  const n = createHash('sha256').update(seed).digest().readUInt32BE(0) % 10_000_000;
  const digits = String(n).padStart(7, '0');
  const first17 = `50${digits.slice(0, 4)}19880512${digits.slice(4)}`;
  return first17 + residentIdCheckChar(first17);
}

/**
 * A complete file that meets the default eligibility policy for the level. `applicant`: the
 * account (id or e-mail) that files it, whose own identity number it then carries (see
 * residentIdFor); without it, the sample file's number.
 */
export function completeFormData(level: TitleLevel, options: { regionCode?: string; fullName?: string; applicant?: string } = {}): Record<string, unknown> {
  const { applicant, ...rest } = options;
  return sampleFormData(level, { ...rest, ...(applicant ? { documentNumber: residentIdFor(applicant) } : {}) });
}

/** Set-up shortcut: record evidence rows without uploading bytes (the upload path has its own tests). */
export async function addEvidenceRows(app: INestApplicationContext, applicationId: string, uploadedBy: string, kinds: string[]): Promise<void> {
  const dataSource = app.get(DataSource);
  for (const kind of kinds) {
    await dataSource.manager.insert(Attachment, {
      applicationId,
      kind: kind as Attachment['kind'],
      storageKey: `fixture/${randomBytes(8).toString('hex')}`,
      originalName: `${kind}.pdf`,
      mediaType: 'application/pdf',
      sizeBytes: 1000,
      sha256: '0'.repeat(64),
      uploadedBy,
    });
  }
}

/** A tiny but real PDF document. */
export function tinyPdf(text = 'evidence'): Buffer {
  const body = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * Test set-up only: moves a file as `action` would, without the action's own rule (for a
 * state whose route or rule arrives later). The database's trigger still checks that the
 * move is the action's (from, to) pair; production code goes through ApplicationWorkflow.
 */
export async function forceTransition(app: INestApplicationContext, applicationId: string, action: WorkflowAction): Promise<void> {
  await app.get(DataSource).transaction(async (manager) => {
    await manager.query('SELECT set_config($1, $2, true)', [WORKFLOW_ACTION_SETTING, action]);
    await manager.query('UPDATE applications SET status = $1 WHERE id = $2', [TRANSITIONS[action].to, applicationId]);
  });
}

/** An application's status as stored, read straight from the database (the API or the worker's context). */
export async function statusOf(app: INestApplicationContext, applicationId: string): Promise<string> {
  const rows: { status: string }[] = await app.get(DataSource).query('SELECT status FROM applications WHERE id = $1', [applicationId]);
  if (!rows.length) throw new Error(`No application ${applicationId}`);
  return rows[0].status;
}

/**
 * A draft in `cycle` that is complete, eligible and has every required evidence kind: ready
 * to submit (its employer registered as its recommending unit). Made through the API as the
 * applicant would (draft, save), evidence rows direct.
 */
export async function makeReadyFile(app: INestApplication, client: ApiClient, applicantId: string, cycle: Cycle, level: TitleLevel = 'intermediate'): Promise<string> {
  const created = await client.post('/api/v1/applications', { cycleId: cycle.id, level, specialty: cycle.specialties[0] });
  if (created.status !== 201) throw new Error(`draft refused: ${JSON.stringify(created.body)}`);
  const saved = await client.patch(`/api/v1/applications/${created.body.id}`, { version: created.body.version, data: completeFormData(level, { applicant: applicantId }) });
  if (saved.status !== 200) throw new Error(`draft save refused: ${JSON.stringify(saved.body)}`);
  const eligibility = await client.get(`/api/v1/applications/${created.body.id}/eligibility`);
  const kinds = eligibility.body.evidence.required.flatMap((r: { kind: string; minCount: number }) => Array<string>(r.minCount).fill(r.kind));
  await addEvidenceRows(app, created.body.id, applicantId, kinds);
  // Its employer recommends it once submitted.
  await ensureSampleUnit(app);
  return created.body.id as string;
}
