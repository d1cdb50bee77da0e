import Link from 'next/link';
import type { ComponentProps } from 'react';
import { joined, linkButtonClass, type ButtonVariant } from './button';

export type ButtonLinkProps = ComponentProps<typeof Link> & { variant?: ButtonVariant };

/**
 * A link that looks like a button: for actions that go to another page (the certificate, the lesson). Its own module
 * because it brings next/link: a server component that only wants button.tsx's classes (the embed card) would
 * otherwise put next/link's client code in the first-load JS of every embed (issue 13).
 */
export function ButtonLink({ variant = 'primary', className, ...rest }: ButtonLinkProps) {
  return <Link className={joined(linkButtonClass(variant), className)} {...rest} />;
}
