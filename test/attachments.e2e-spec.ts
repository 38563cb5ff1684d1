import { createHash, randomUUID } from 'crypto';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Application, Cycle, DEFAULT_ELIGIBILITY_POLICY, DEFAULT_EVIDENCE_RULES, EvidenceRules } from '@app/applications';
import { ApiClient, ConfigOverrides, forceTransition, makeApplicant, TestUser, usePortal } from '@app/testing';

const KB = 1024;
const MAX_FILE_BYTES = 200 * KB;

/** A small but well-formed PDF (header, objects, xref table, trailer). */
function tinyPdf(text = 'evidence'): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
  ];
  const stream = `BT /F1 12 Tf 20 100 Td (${text}) Tj ET`;
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((obj, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${obj}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A PDF padded with a comment to reach `size` bytes. */
function pdfOfSize(size: number): Buffer {
  const pdf = tinyPdf();
  return Buffer.concat([pdf, Buffer.from('%'), Buffer.alloc(size - pdf.length - 2, 0x41), Buffer.from('\n')]);
}

const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const JPEG_1X1 = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function form(parts: { kind?: string; file?: { bytes: Buffer; name: string; type?: string } }): FormData {
  const fd = new FormData();
  if (parts.kind !== undefined) fd.append('kind', parts.kind);
  if (parts.file) fd.append('file', new Blob([new Uint8Array(parts.file.bytes)], { type: parts.file.type ?? 'application/octet-stream' }), parts.file.name);
  return fd;
}

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

describe('evidence attachments (e2e)', () => {
  const portal = usePortal();
  let env: ConfigOverrides;
  let app: NestFastifyApplication;
  let api: ApiClient;
  let db: DataSource;
  let storageDir: string;
  let owner: TestUser;
  let stranger: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    ({ app, api, env, admin } = portal);
    storageDir = env.STORAGE_DIR!;
    db = app.get(DataSource);
    [owner, stranger] = await Promise.all([makeApplicant(app, api), makeApplicant(app, api)]);
  });

  /** A cycle with small limits and a draft application of `applicant` in it, inserted directly. */
  async function makeApplication(applicant: TestUser, rules: Partial<EvidenceRules> = {}): Promise<string> {
    const now = Date.now();
    const cycle = await db.getRepository(Cycle).save({
      code: `T-${randomUUID().slice(0, 8)}`,
      nameZh: '测试批次',
      nameEn: 'Test cycle',
      levels: ['intermediate'],
      specialties: ['industrial_design'],
      opensAt: new Date(now - 86_400_000),
      closesAt: new Date(now + 30 * 86_400_000),
      formVersions: {},
      eligibilityPolicy: DEFAULT_ELIGIBILITY_POLICY,
      evidenceRules: { ...DEFAULT_EVIDENCE_RULES, maxFileBytes: MAX_FILE_BYTES, ...rules },
    });
    const application = await db.getRepository(Application).save({
      applicantId: applicant.id,
      cycleId: cycle.id,
      level: 'intermediate',
      specialty: 'industrial_design',
      status: 'draft',
      formVersionId: randomUUID(),
      data: {},
    });
    return application.id;
  }

  const url = (applicationId: string, attachmentId?: string) => `/api/v1/applications/${applicationId}/attachments${attachmentId ? `/${attachmentId}` : ''}`;

  async function rowCount(applicationId: string): Promise<number> {
    const [row] = await db.query('SELECT count(*)::int AS n FROM attachments WHERE application_id = $1', [applicationId]);
    return row.n;
  }

  /** Run a request that must be refused, and check it left no row and no file (not even a partial one). */
  async function expectNothingStored<T>(applicationId: string, act: () => Promise<T>): Promise<T> {
    const rowsBefore = await rowCount(applicationId);
    const filesBefore = filesUnder(storageDir).sort();
    const result = await act();
    expect(await rowCount(applicationId)).toBe(rowsBefore);
    expect(filesUnder(storageDir).sort()).toEqual(filesBefore);
    return result;
  }

  function multipartFrame(boundary: string, kind: string, name: string): { head: Buffer; tail: Buffer } {
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    return { head, tail: Buffer.from(`\r\n--${boundary}--\r\n`) };
  }

  /** Raw fetch with a streamed (chunked) multipart body: no Content-Length is declared. */
  async function uploadChunked(user: TestUser, applicationId: string, kind: string, name: string, content: Buffer): Promise<{ status: number; body: any }> {
    const boundary = `----tp${randomUUID().replace(/-/g, '')}`;
    const { head, tail } = multipartFrame(boundary, kind, name);
    const chunks: Buffer[] = [head];
    for (let i = 0; i < content.length; i += 16 * KB) chunks.push(content.subarray(i, i + 16 * KB));
    chunks.push(tail);
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next) controller.enqueue(new Uint8Array(next));
        else controller.close();
      },
    });
    const response = await fetch(`${api.baseUrl}/api/v1/applications/${applicationId}/attachments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${user.accessToken}`, 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: 'half',
    } as RequestInit);
    return { status: response.status, body: await response.json() };
  }

  describe('upload and download', () => {
    it('stores a real PDF with its SHA-256 and gives the owner back identical bytes', async () => {
      const applicationId = await makeApplication(owner);
      const pdf = tinyPdf('degree');
      const name = '学位证书 (2024)*.pdf';
      const res = await owner.client.post(url(applicationId), form({ kind: 'degree_certificate', file: { bytes: pdf, name, type: 'application/pdf' } }));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        applicationId,
        kind: 'degree_certificate',
        originalName: name,
        mediaType: 'application/pdf',
        sizeBytes: pdf.length,
        sha256: sha256(pdf),
        uploadedBy: owner.id,
      });
      expect(res.body).not.toHaveProperty('storageKey');

      // Stored once, under a generated name that has nothing of the original in it.
      const [row] = await db.query('SELECT storage_key, sha256, size_bytes FROM attachments WHERE id = $1', [res.body.id]);
      expect(row.sha256).toBe(sha256(pdf));
      expect(row.storage_key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f-]{36}$/);
      const onDisk = fs.readFileSync(path.join(storageDir, row.storage_key));
      expect(onDisk.equals(pdf)).toBe(true);

      const download = await fetch(`${api.baseUrl}${url(applicationId, res.body.id)}`, { headers: { authorization: `Bearer ${owner.accessToken}` } });
      expect(download.status).toBe(200);
      const bytes = Buffer.from(await download.arrayBuffer());
      expect(bytes.equals(pdf)).toBe(true);
      expect(sha256(bytes)).toBe(res.body.sha256);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      const disposition = download.headers.get('content-disposition')!;
      expect(disposition).toMatch(/^attachment; /);
      expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(name).replace(/[()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`);
      expect(disposition).toMatch(/filename="[\x20-\x7e]+"/);

      const list = await owner.client.get(url(applicationId));
      expect(list.status).toBe(200);
      expect(list.body.items).toHaveLength(1);
      expect(list.body.items[0]).toMatchObject({ id: res.body.id, sha256: sha256(pdf) });
      expect(list.body.totalBytes).toBe(pdf.length);
      expect(list.body.limits).toMatchObject({ maxFileBytes: MAX_FILE_BYTES, acceptedMediaTypes: ['application/pdf', 'image/jpeg', 'image/png'] });

      const [audit] = await db.query("SELECT actor_id, data FROM audit_log WHERE action = 'attachment.uploaded' AND entity_id = $1", [applicationId]);
      expect(audit.actor_id).toBe(owner.id);
      expect(audit.data).toMatchObject({ attachmentId: res.body.id, sha256: sha256(pdf), sizeBytes: pdf.length });
      expect(JSON.stringify(audit.data)).not.toContain(name);
    });

    it('accepts JPEG and PNG, typed by their content whatever the name and declared type say', async () => {
      const applicationId = await makeApplication(owner);
      const jpeg = await owner.client.post(url(applicationId), form({ kind: 'portfolio', file: { bytes: JPEG_1X1, name: 'photo.jpg', type: 'image/jpeg' } }));
      expect(jpeg.status).toBe(201);
      expect(jpeg.body).toMatchObject({ mediaType: 'image/jpeg', sizeBytes: JPEG_1X1.length, sha256: sha256(JPEG_1X1) });

      const png = await owner.client.post(url(applicationId), form({ kind: 'portfolio', file: { bytes: PNG_1X1, name: 'scan.pdf', type: 'application/pdf' } }));
      expect(png.status).toBe(201);
      expect(png.body.mediaType).toBe('image/png');

      const download = await fetch(`${api.baseUrl}${url(applicationId, png.body.id)}`, { headers: { authorization: `Bearer ${owner.accessToken}` } });
      expect(download.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await download.arrayBuffer()).equals(PNG_1X1)).toBe(true);
    });
  });

  describe('duplicates', () => {
    it('refuses the same bytes twice on one file (any kind, any name) with 409 DUPLICATE_ATTACHMENT naming the first, and stores nothing', async () => {
      const applicationId = await makeApplication(owner);
      const pdf = tinyPdf('entrustment');
      const first = await owner.client.post(url(applicationId), form({ kind: 'entrustment_letter', file: { bytes: pdf, name: 'letter.pdf', type: 'application/pdf' } }));
      expect(first.status).toBe(201);
      const again = await expectNothingStored(applicationId, () =>
        owner.client.post(url(applicationId), form({ kind: 'portfolio', file: { bytes: pdf, name: 'copy.pdf', type: 'application/pdf' } })),
      );
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'DUPLICATE_ATTACHMENT', details: { existingAttachmentId: first.body.id, kind: 'entrustment_letter', originalName: 'letter.pdf' } });

      // Another file of the same owner may carry the same document.
      const other = await makeApplication(owner);
      expect((await owner.client.post(url(other), form({ kind: 'entrustment_letter', file: { bytes: pdf, name: 'letter.pdf', type: 'application/pdf' } }))).status).toBe(201);
      // Two concurrent uploads of one new document: exactly one is stored.
      const twin = tinyPdf('twin');
      const both = await Promise.all(
        [1, 2].map(() => owner.client.post(url(applicationId), form({ kind: 'portfolio', file: { bytes: twin, name: 'twin.pdf', type: 'application/pdf' } }))),
      );
      expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(await rowCount(applicationId)).toBe(2);
    });
  });

  describe('refused uploads store nothing', () => {
    let applicationId: string;
    beforeAll(async () => {
      applicationId = await makeApplication(owner);
    });

    it('refuses text named .png and sent as image/png with 415 naming the detected type', async () => {
      const res = await expectNothingStored(applicationId, () =>
        owner.client.post(url(applicationId), form({ kind: 'portfolio', file: { bytes: Buffer.from('just some text, not an image\n'.repeat(20)), name: 'evidence.png', type: 'image/png' } })),
      );
      expect(res.status).toBe(415);
      expect(res.body).toMatchObject({ code: 'UNSUPPORTED_FILE_TYPE', details: { detectedType: null } });
      expect(res.body.requestId).toBeTruthy();
    });

    it.each([
      ['a Windows executable', Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(256)])],
      ['an ELF binary', Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01\x00', 'latin1'), Buffer.alloc(256)])],
    ])('refuses %s named .pdf with 415', async (_label, bytes) => {
      const res = await expectNothingStored(applicationId, () =>
        owner.client.post(url(applicationId), form({ kind: 'portfolio', file: { bytes, name: 'certificate.pdf', type: 'application/pdf' } })),
      );
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('UNSUPPORTED_FILE_TYPE');
      expect(res.body.message).toMatch(/application\/(x-msdownload|x-elf|x-executable)|unrecognised/);
    });

    it('refuses a file whose declared length is over the limit with 413 before storing anything', async () => {
      const res = await expectNothingStored(applicationId, () =>
        owner.client.post(url(applicationId), form({ kind: 'portfolio', file: { bytes: pdfOfSize(MAX_FILE_BYTES * 2), name: 'big.pdf' } })),
      );
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ code: 'FILE_TOO_LARGE', details: { maxFileBytes: MAX_FILE_BYTES } });
    });

    it('answers 413 to a huge declared length without waiting for the body', async () => {
      const boundary = `----tp${randomUUID().replace(/-/g, '')}`;
      const { head } = multipartFrame(boundary, 'portfolio', 'huge.pdf');
      const res = await expectNothingStored(
        applicationId,
        () =>
          new Promise<{ status: number; body: any; connection?: string }>((resolve, reject) => {
            // Declares 1 GB but sends only the first bytes: answering proves the body was not awaited.
            const req = http.request(`${api.baseUrl}${url(applicationId)}`, {
              method: 'POST',
              headers: {
                authorization: `Bearer ${owner.accessToken}`,
                'content-type': `multipart/form-data; boundary=${boundary}`,
                'content-length': String(1024 * 1024 * 1024),
              },
            });
            req.on('response', (response) => {
              let text = '';
              response.on('data', (c: Buffer) => (text += c.toString()));
              response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text), connection: response.headers.connection }));
            });
            req.on('error', reject);
            req.write(Buffer.concat([head, tinyPdf()]));
          }),
      );
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('FILE_TOO_LARGE');
      expect(res.connection).toBe('close');
    });

    it('refuses a streamed file with no declared length once it passes the limit, deleting the partial file', async () => {
      const res = await expectNothingStored(applicationId, () => uploadChunked(owner, applicationId, 'portfolio', 'big.pdf', pdfOfSize(MAX_FILE_BYTES + 64 * KB)));
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('FILE_TOO_LARGE');
      // A streamed file within the limit goes through the same path and is kept.
      const ok = await uploadChunked(owner, applicationId, 'portfolio', 'fits.pdf', pdfOfSize(MAX_FILE_BYTES));
      expect(ok.status).toBe(201);
      expect(ok.body.sizeBytes).toBe(MAX_FILE_BYTES);
    });

    it('refuses a file that would push the application over its total with 413 APPLICATION_FILES_TOO_LARGE', async () => {
      const small = await makeApplication(owner, { maxTotalBytes: 100 * KB });
      expect((await owner.client.post(url(small), form({ kind: 'portfolio', file: { bytes: pdfOfSize(60 * KB), name: 'a.pdf' } }))).status).toBe(201);
      const res = await expectNothingStored(small, () => uploadChunked(owner, small, 'portfolio', 'b.pdf', pdfOfSize(60 * KB)));
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ code: 'APPLICATION_FILES_TOO_LARGE', details: { maxTotalBytes: 100 * KB } });
    });

    it.each(['../../etc/passwd.pdf', '..\\..\\windows\\win.ini.pdf', 'a/b.pdf', 'report\u202Efdp.exe', 'tab\there.pdf', '   '])(
      'refuses the file name %j with 400 INVALID_FILE_NAME naming file',
      async (name) => {
        const res = await expectNothingStored(applicationId, () =>
          owner.client.post(url(applicationId), form({ kind: 'portfolio', file: { bytes: tinyPdf(), name, type: 'application/pdf' } })),
        );
        expect(res.status).toBe(400);
        expect(res.body.code).toBe('INVALID_FILE_NAME');
        expect(res.body.details[0].path).toBe('file');
      },
    );

    it('refuses an unknown or missing kind with 400 naming kind', async () => {
      const unknown = await expectNothingStored(applicationId, () =>
        owner.client.post(url(applicationId), form({ kind: 'selfie', file: { bytes: tinyPdf(), name: 'a.pdf' } })),
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body.details.map((d: { path: string }) => d.path)).toEqual(['kind']);
      const missing = await expectNothingStored(applicationId, () => owner.client.post(url(applicationId), form({ file: { bytes: tinyPdf(), name: 'a.pdf' } })));
      expect(missing.status).toBe(400);
      expect(missing.body.details[0].path).toBe('kind');
    });

    it('refuses an empty file, a form without file, unknown fields and non-multipart bodies in the standard error shape', async () => {
      const empty = await expectNothingStored(applicationId, () => owner.client.post(url(applicationId), form({ kind: 'portfolio', file: { bytes: Buffer.alloc(0), name: 'a.pdf' } })));
      expect(empty.status).toBe(400);
      expect(empty.body.code).toBe('FILE_EMPTY');

      const noFile = await expectNothingStored(applicationId, () => owner.client.post(url(applicationId), form({ kind: 'portfolio' })));
      expect(noFile.status).toBe(400);
      expect(noFile.body.details[0].path).toBe('file');

      const extra = form({ kind: 'portfolio' });
      extra.append('status', 'approved');
      extra.append('file', new Blob([new Uint8Array(tinyPdf())]), 'a.pdf');
      const extraRes = await expectNothingStored(applicationId, () => owner.client.post(url(applicationId), extra));
      expect(extraRes.status).toBe(400);
      expect(extraRes.body.details[0]).toMatchObject({ path: 'status', code: 'FIELD_UNKNOWN' });

      const json = await expectNothingStored(applicationId, () => owner.client.post(url(applicationId), { kind: 'portfolio', file: 'JVBERi0=' }));
      expect(json.status).toBe(415);
      expect(json.body).toMatchObject({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
      expect(json.body.requestId).toBeTruthy();

      const twoFiles = form({ kind: 'portfolio', file: { bytes: tinyPdf(), name: 'a.pdf' } });
      twoFiles.append('file', new Blob([new Uint8Array(tinyPdf())]), 'b.pdf');
      const twoRes = await owner.client.post(url(applicationId), twoFiles);
      // The first file is taken; the second is never read (files limit 1).
      expect([201, 413]).toContain(twoRes.status);
      expect(twoRes.body.requestId ?? twoRes.body.id).toBeTruthy();
    });

    it('refuses anonymous callers and malformed ids', async () => {
      const anonymous = await expectNothingStored(applicationId, () => api.post(url(applicationId), form({ kind: 'portfolio', file: { bytes: tinyPdf(), name: 'a.pdf' } })));
      expect(anonymous.status).toBe(401);
      expect((await owner.client.get('/api/v1/applications/not-a-uuid/attachments')).status).toBe(400);
      expect((await owner.client.get(url(applicationId, 'nope'))).status).toBe(400);
    });
  });

  describe('who may see and change evidence', () => {
    let applicationId: string;
    let attachmentId: string;
    beforeAll(async () => {
      applicationId = await makeApplication(owner);
      const res = await owner.client.post(url(applicationId), form({ kind: 'identity_document', file: { bytes: tinyPdf('id'), name: 'id.pdf' } }));
      expect(res.status).toBe(201);
      attachmentId = res.body.id;
    });

    it('answers 404 to another applicant for listing, downloading, uploading and deleting', async () => {
      for (const res of [
        await stranger.client.get(url(applicationId)),
        await stranger.client.get(url(applicationId, attachmentId)),
        await expectNothingStored(applicationId, () =>
          stranger.client.post(url(applicationId), form({ kind: 'portfolio', file: { bytes: tinyPdf(), name: 'x.pdf' } })),
        ),
        await stranger.client.delete(url(applicationId, attachmentId)),
      ]) {
        expect(res.status).toBe(404);
        expect(res.body.code).toBe('APPLICATION_NOT_FOUND');
      }
      expect(await rowCount(applicationId)).toBe(1);
      // An attachment id under the stranger's own application does not reach someone else's file.
      const own = await makeApplication(stranger);
      const cross = await stranger.client.get(url(own, attachmentId));
      expect(cross.status).toBe(404);
      expect(cross.body.code).toBe('ATTACHMENT_NOT_FOUND');
    });

    it('lets a handling admin list and download (audited) but not upload or delete', async () => {
      const list = await admin.client.get(url(applicationId));
      expect(list.status).toBe(200);
      expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([attachmentId]);

      const download = await fetch(`${api.baseUrl}${url(applicationId, attachmentId)}`, { headers: { authorization: `Bearer ${admin.accessToken}` } });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(tinyPdf('id'))).toBe(true);
      const audit = await db.query("SELECT actor_id FROM audit_log WHERE action = 'attachment.downloaded' AND entity_id = $1", [applicationId]);
      expect(audit.map((a: { actor_id: string }) => a.actor_id)).toEqual([admin.id]);

      expect((await admin.client.delete(url(applicationId, attachmentId))).status).toBe(404);
      const upload = await expectNothingStored(applicationId, () =>
        admin.client.post(url(applicationId), form({ kind: 'portfolio', file: { bytes: tinyPdf(), name: 'x.pdf' } })),
      );
      expect(upload.status).toBe(404);
    });

    it('answers 404 for an unknown attachment', async () => {
      const res = await owner.client.get(url(applicationId, randomUUID()));
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('ATTACHMENT_NOT_FOUND');
      expect((await owner.client.delete(url(applicationId, randomUUID()))).body.code).toBe('ATTACHMENT_NOT_FOUND');
    });
  });

  it('documents the routes in OpenAPI: multipart upload schema, binary download, every error in the shared shape', async () => {
    const doc = await api.get('/docs-json');
    const base = '/api/v1/applications/{id}/attachments';
    const upload = doc.body.paths[base].post;
    const schemaRef: string = upload.requestBody.content['multipart/form-data'].schema.$ref;
    const schema = doc.body.components.schemas[schemaRef.split('/').pop()!];
    expect(schema.properties.file).toMatchObject({ type: 'string', format: 'binary' });
    expect(schema.properties.kind.enum).toContain('portfolio');
    expect(Object.keys(upload.responses).sort()).toEqual(['201', '400', '401', '404', '409', '413', '415', '500']);
    expect(doc.body.paths[base].get.responses['200']).toBeDefined();
    const download = doc.body.paths[`${base}/{attachmentId}`];
    expect(Object.keys(download.get.responses['200'].content)).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
    expect(Object.keys(download.delete.responses).sort()).toEqual(['204', '400', '401', '404', '409', '500']);
    expect(download.delete.responses['409'].content['application/json'].schema.$ref).toMatch(/ErrorBodyDto$/);
  });

  describe('deletion', () => {
    it('deletes row and file while draft, and refuses changes with 409 once submitted', async () => {
      const applicationId = await makeApplication(owner);
      const first = await owner.client.post(url(applicationId), form({ kind: 'portfolio', file: { bytes: tinyPdf('one'), name: 'one.pdf' } }));
      const second = await owner.client.post(url(applicationId), form({ kind: 'portfolio', file: { bytes: PNG_1X1, name: 'two.png' } }));
      const [{ storage_key: firstKey }] = await db.query('SELECT storage_key FROM attachments WHERE id = $1', [first.body.id]);

      const del = await owner.client.delete(url(applicationId, first.body.id));
      expect(del.status).toBe(204);
      expect(await rowCount(applicationId)).toBe(1);
      expect(fs.existsSync(path.join(storageDir, firstKey))).toBe(false);
      expect((await owner.client.get(url(applicationId, first.body.id))).status).toBe(404);
      const [audit] = await db.query("SELECT actor_id, data FROM audit_log WHERE action = 'attachment.deleted' AND entity_id = $1", [applicationId]);
      expect(audit).toMatchObject({ actor_id: owner.id, data: { attachmentId: first.body.id } });

      await forceTransition(app, applicationId, 'submit');
      const refused = await owner.client.delete(url(applicationId, second.body.id));
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'APPLICATION_NOT_EDITABLE', details: { status: 'with_unit' } });
      const upload = await expectNothingStored(applicationId, () =>
        owner.client.post(url(applicationId), form({ kind: 'portfolio', file: { bytes: tinyPdf(), name: 'late.pdf' } })),
      );
      expect(upload.status).toBe(409);
      expect(upload.body.code).toBe('APPLICATION_NOT_EDITABLE');
      // Still readable after submission.
      expect((await owner.client.get(url(applicationId, second.body.id))).status).toBe(200);
    });
  });
});
