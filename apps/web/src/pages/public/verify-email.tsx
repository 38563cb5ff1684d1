import { useEffect, useRef, useState } from 'react';
import { Result, Spin } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../components/problems';

/** The link in the verification e-mail opens this page, which verifies at once. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<'working' | 'done' | { error: string }>('working');
  const sent = useRef(false);

  useEffect(() => {
    // Once: the token is single-use (StrictMode runs effects twice in development).
    if (sent.current) return;
    sent.current = true;
    unwrap(api.POST('/api/v1/auth/verify-email', { body: { token } }))
      .then(() => setState('done'))
      .catch((e) => setState({ error: errorText(t, e) }));
  }, [token, t]);

  if (state === 'working') return <Spin tip={t('verify.working')}><div style={{ height: 120 }} /></Spin>;
  if (state === 'done') return <Result status="success" title={t('verify.doneTitle')} subTitle={t('verify.doneText')} extra={<Link to="/login">{t('nav.login')}</Link>} />;
  return <Result status="error" title={t('verify.failedTitle')} subTitle={state.error} extra={<Link to="/login">{t('nav.login')}</Link>} />;
}
