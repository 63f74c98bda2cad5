import type { ComponentChildren, JSX } from 'preact';

type Variant = 'default' | 'primary' | 'danger' | 'quiet';

interface Props extends Omit<JSX.ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  variant?: Variant;
  type?: 'button' | 'submit';
  children: ComponentChildren;
}

const CLASS: Record<Variant, string> = {
  default: 'cr-btn',
  primary: 'cr-btn cr-btn-primary',
  danger: 'cr-btn cr-btn-danger',
  quiet: 'cr-btn cr-btn-quiet',
};

/** A real <button>, so every control is reachable and pressable from the keyboard. */
export function Button({ variant = 'default', type = 'button', class: extra, children, ...rest }: Props) {
  return (
    <button {...rest} type={type} class={extra ? `${CLASS[variant]} ${String(extra)}` : CLASS[variant]}>
      {children}
    </button>
  );
}
