import { useEffect, useRef, useState } from 'react';
import { Result, Spin } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, ApiError, unwrap } from '../../api/client';
import { errorText } from '../../components/problems';
import { useDocumentTitle } from '../../layout/document-title';

/** The link in the verification e-mail opens this page, which verifies at once. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<'working' | 'done' | 'already' | 'noToken' | { error: string }>(token ? 'working' : 'noToken');
  const sent = useRef(false);
  useDocumentTitle(t('verify.pageTitle'));

  useEffect(() => {
    // Once: the token is single-use (StrictMode runs effects twice in development).
    if (sent.current || !token) return;
    sent.current = true;
    unwrap(api.POST('/api/v1/auth/verify-email', { body: { token } }))
      .then(() => setState('done'))
      // A second click on the link: the address is verified, nothing failed.
      .catch((e) => setState(e instanceof ApiError && e.code === 'EMAIL_ALREADY_VERIFIED' ? 'already' : { error: errorText(t, e) }));
  }, [token, t]);

  if (state === 'working') return <Spin tip={t('verify.working')}><div style={{ height: 120 }} /></Spin>;
  if (state === 'already') return <Result status="success" title={t('verify.alreadyTitle')} subTitle={t('verify.alreadyText')} extra={<Link to="/login">{t('nav.login')}</Link>} />;
  if (state === 'noToken') return <Result status="info" title={t('verify.noTokenTitle')} subTitle={t('verify.noTokenText')} extra={<Link to="/login">{t('nav.login')}</Link>} />;
  if (state === 'done') return <Result status="success" title={t('verify.doneTitle')} subTitle={t('verify.doneText')} extra={<Link to="/login">{t('nav.login')}</Link>} />;
  return <Result status="error" title={t('verify.failedTitle')} subTitle={state.error} extra={<Link to="/login">{t('nav.login')}</Link>} />;
}
