import type {
  AuthResponse,
  EmailConfirmed,
  LoginBody,
  Me,
  SignupAccepted,
  SignupBody,
} from '@capnum/contracts';
import { api } from '../api-client.ts';

export const authApi = {
  signup: (body: SignupBody) => api.post<SignupAccepted>('/api/auth/signup', body),
  confirmEmail: (token: string) =>
    api.post<EmailConfirmed>('/api/auth/email-confirmation', { token }),
  resendConfirmation: () => api.post<SignupAccepted>('/api/auth/email-confirmation/resend'),
  login: (body: LoginBody) => api.post<AuthResponse>('/api/auth/login', body),
  logout: () => api.post<undefined>('/api/auth/logout'),
  me: () => api.get<Me>('/api/me'),
};
