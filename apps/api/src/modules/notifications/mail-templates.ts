import type { Role } from '@smartcity/domain';

export type ComposedMail = { subject: string; text: string };

// Role names for e-mails, which go out in both languages because the recipient's language may be unknown.
const ROLE_NAMES: Record<Role, { ru: string; en: string }> = {
  municipal_editor: { ru: 'редактор муниципалитета', en: 'municipal editor' },
  municipal_lead: { ru: 'руководитель муниципальной команды', en: 'municipal lead' },
  regional_coordinator: { ru: 'региональный координатор', en: 'regional coordinator' },
  ministry_reviewer: { ru: 'эксперт министерства', en: 'ministry reviewer' },
  programme_coordinator: { ru: 'координатор программы', en: 'programme coordinator' },
  catalogue_admin: { ru: 'администратор каталога', en: 'catalogue admin' },
  platform_admin: { ru: 'администратор платформы', en: 'platform admin' },
};

export function invitationMail(p: {
  organizationRu: string;
  organizationEn: string;
  role: Role;
  inviter: string;
  link: string;
  expiresAt: Date;
}): ComposedMail {
  const until = p.expiresAt.toISOString().slice(0, 16).replace('T', ' ');
  return {
    subject: `Приглашение в «Умный город: дорожные карты» / Invitation to Smart City Roadmaps`,
    text: [
      `${p.inviter} приглашает вас в организацию ${p.organizationRu} с ролью «${ROLE_NAMES[p.role].ru}».`,
      `Чтобы принять приглашение и задать пароль, откройте ссылку (действует до ${until} UTC):`,
      p.link,
      '',
      `${p.inviter} invites you to ${p.organizationEn} as ${ROLE_NAMES[p.role].en}.`,
      `Open the link to accept and set your password (valid until ${until} UTC):`,
      p.link,
    ].join('\n'),
  };
}

export function invitationAcceptedMail(p: {
  invitee: string;
  organizationRu: string;
  organizationEn: string;
  role: Role;
  link: string;
}): ComposedMail {
  return {
    subject: `${p.invitee} принял(а) приглашение / accepted your invitation`,
    text: [
      `${p.invitee} присоединился(-ась) к организации ${p.organizationRu} с ролью «${ROLE_NAMES[p.role].ru}».`,
      `Участники: ${p.link}`,
      '',
      `${p.invitee} joined ${p.organizationEn} as ${ROLE_NAMES[p.role].en}.`,
      `Members: ${p.link}`,
    ].join('\n'),
  };
}
