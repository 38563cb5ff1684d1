import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Result, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorText, showFieldProblems } from '../../components/problems';
import { useDocumentTitle } from '../../layout/document-title';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('password.forgotTitle'));
  const [sent, setSent] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function onFinish(values: { email: string }) {
    setBusy(true);
    try {
      await unwrap(api.POST('/api/v1/auth/password/forgot', { body: values }));
      setSent(true);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }
  if (sent) return <Result status="success" title={t('password.forgotSentTitle')} subTitle={t('password.forgotSentText')} />;
  return (
    <Card className="tp-narrow" title={<Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('password.forgotTitle')}</Typography.Title>}>
      {error && <Alert type="error" title={error} showIcon role="alert" style={{ marginBottom: 16 }} />}
      <Form layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item label={t('fields.email')} name="email" rules={[{ required: true, type: 'email', message: t('validation.email') }]}>
          <Input autoComplete="email" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('password.forgotSubmit')}
        </Button>
      </Form>
    </Card>
  );
}

/** Shared by the reset and invitation pages: a token from the e-mailed link and a new password. */
export function TokenPasswordForm({
  endpoint,
  title,
  submit,
  doneTitle,
  noToken,
}: {
  endpoint: '/api/v1/auth/password/reset' | '/api/v1/auth/invitations/accept';
  title: string;
  submit: string;
  doneTitle: string;
  /** What the page says when opened without a token, and where it sends the person. */
  noToken: { title: string; text: string; to: string; link: string };
}) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  const [params] = useSearchParams();
  const [form] = Form.useForm();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function onFinish(values: { password: string }) {
    setBusy(true);
    setError(null);
    try {
      await unwrap(api.POST(endpoint, { body: { token: params.get('token') ?? '', password: values.password } }));
      setDone(true);
    } catch (e) {
      if (!showFieldProblems(form, t, e)) setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }
  if (done) return <Result status="success" title={doneTitle} extra={<Link to="/login">{t('nav.login')}</Link>} />;
  // Opened without the e-mailed link's token: a form could only fail, so say what the page is for.
  if (!params.get('token')) return <Result status="info" title={noToken.title} subTitle={noToken.text} extra={<Link to={noToken.to}>{noToken.link}</Link>} />;
  return (
    <Card className="tp-narrow" title={<Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{title}</Typography.Title>}>
      {error && <Alert type="error" title={error} showIcon role="alert" style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item label={t('fields.newPassword')} name="password" rules={[{ required: true, min: 8, message: t('validation.passwordLength') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {submit}
        </Button>
      </Form>
    </Card>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  return (
    <TokenPasswordForm
      endpoint="/api/v1/auth/password/reset"
      title={t('password.resetTitle')}
      submit={t('password.resetSubmit')}
      doneTitle={t('password.resetDone')}
      noToken={{ title: t('password.noTokenTitle'), text: t('password.noTokenText'), to: '/forgot-password', link: t('password.forgotTitle') }}
    />
  );
}
