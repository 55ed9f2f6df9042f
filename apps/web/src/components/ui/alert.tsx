import type { ReactNode, Ref } from 'react';

interface AlertProps {
  tone: 'error' | 'info' | 'success';
  children: ReactNode;
  ref?: Ref<HTMLDivElement>;
}

/** Errors interrupt (role alert); information waits its turn (role status). */
export function Alert({ tone, children, ref }: AlertProps) {
  return (
    <div
      ref={ref}
      className={`alert alert--${tone}`}
      role={tone === 'error' ? 'alert' : 'status'}
      tabIndex={-1}
    >
      {children}
    </div>
  );
}
