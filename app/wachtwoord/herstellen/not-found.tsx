import { LinkUnusable } from '@/components/account/link-unusable';

export default function ResetLinkUnusable() {
  return <LinkUnusable />;
}
