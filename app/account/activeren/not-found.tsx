import { LinkUnusable } from '@/components/account/link-unusable';

export default function InvitationLinkUnusable() {
  return <LinkUnusable />;
}
