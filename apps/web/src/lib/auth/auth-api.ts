import type { AuthResponse, LoginBody, Me, SignupBody } from '@capnum/contracts';
import { api } from '../api-client.ts';

export const authApi = {
  signup: (body: SignupBody) => api.post<AuthResponse>('/api/auth/signup', body),
  login: (body: LoginBody) => api.post<AuthResponse>('/api/auth/login', body),
  logout: () => api.post<undefined>('/api/auth/logout'),
  me: () => api.get<Me>('/api/me'),
};
