import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { i18nReady } from './i18n';
import './styles.css';
import { SessionProvider } from './auth/session';
import { ThemeRoot } from './layout/theme-root';
import { router } from './routes';
import { ApiError } from './api/client';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

// Rendered once the shown language's texts are there (i18n/index.ts loads only that one).
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <ThemeRoot>
            <RouterProvider router={router} />
          </ThemeRoot>
        </SessionProvider>
      </QueryClientProvider>
    </StrictMode>,
  ),
);
