import type { LegalPage as LegalContent } from '../../lib/i18n/fr/legal.ts';
import { legalText } from '../../lib/i18n/legal.ts';
import { usePage } from '../../lib/use-page.ts';

function LegalPage({ page }: { page: LegalContent }) {
  usePage(page.title);
  return (
    <div className="page page--narrow">
      <h1>{page.title}</h1>
      <p className="choice__explanation">{page.updated}</p>
      {page.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
    </div>
  );
}

export const PrivacyPage = () => <LegalPage page={legalText.privacy} />;
export const LegalNoticePage = () => <LegalPage page={legalText.legalNotice} />;
export const AccessibilityPage = () => <LegalPage page={legalText.accessibility} />;
