import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/session';
import { errorText } from '../../components/problems';
import { useDocumentTitle } from '../../layout/document-title';

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('login.title'));
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFinish(values: { email: string; password: string }) {
    setBusy(true);
    setError(null);
    try {
      const me = await session.login(values.email, values.password);
      const next = params.get('next');
      // Only a path of this site: never an open redirect.
      if (next && next.startsWith('/') && !next.startsWith('//')) navigate(next);
      else navigate(me.roles.includes('admin') ? '/admin/applications' : me.roles.includes('applicant') ? '/applications' : '/reviews');
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card className="tp-narrow" title={<Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('login.title')}</Typography.Title>}>
      {error && <Alert type="error" title={error} showIcon style={{ marginBottom: 16 }} role="alert" />}
      <Form layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item label={t('fields.email')} name="email" rules={[{ required: true, type: 'email', message: t('validation.email') }]}>
          <Input autoComplete="username" />
        </Form.Item>
        <Form.Item label={t('fields.password')} name="password" rules={[{ required: true, message: t('validation.required') }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('login.submit')}
        </Button>
      </Form>
      <p style={{ marginTop: 16 }}>
        <Link to="/forgot-password">{t('login.forgot')}</Link> · <Link to="/register">{t('login.register')}</Link>
      </p>
    </Card>
  );
}
