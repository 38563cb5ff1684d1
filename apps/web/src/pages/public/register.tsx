import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Result, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorText, showFieldProblems } from '../../components/problems';
import { currentLanguage } from '../../i18n';
import { useDocumentTitle } from '../../layout/document-title';

export function RegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('register.title'));
  const [form] = Form.useForm();
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onFinish(values: { email: string; password: string; fullName: string }) {
    setBusy(true);
    setError(null);
    try {
      await unwrap(api.POST('/api/v1/auth/register', { body: { ...values, locale: currentLanguage() } }));
      setDone(values.email);
    } catch (e) {
      if (!showFieldProblems(form, t, e)) setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  if (done) {
    return <Result status="success" title={t('register.doneTitle')} subTitle={t('register.doneText', { email: done })} extra={<Link to="/login">{t('nav.login')}</Link>} />;
  }
  return (
    <Card className="tp-narrow" title={<Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('register.title')}</Typography.Title>}>
      {error && <Alert type="error" title={error} showIcon role="alert" style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" onFinish={onFinish} requiredMark={false}>
        <Form.Item label={t('fields.fullName')} name="fullName" rules={[{ required: true, message: t('validation.required') }]}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item label={t('fields.email')} name="email" rules={[{ required: true, type: 'email', message: t('validation.email') }]}>
          <Input autoComplete="email" />
        </Form.Item>
        <Form.Item label={t('fields.password')} name="password" extra={t('register.passwordHelp')} rules={[{ required: true, min: 8, message: t('validation.passwordLength') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('register.submit')}
        </Button>
      </Form>
    </Card>
  );
}
