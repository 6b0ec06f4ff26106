import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { consoleRouter } from './app/console-router';
import './styles.css';

const queryClient = new QueryClient({
  defaultOptions: {
    // A refused or failed call is shown with what to do; retrying a 4xx would only hide it longer.
    queries: { retry: (failures, error) => failures < 2 && !('status' in error) },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={consoleRouter} />
    </QueryClientProvider>
  </StrictMode>,
);
