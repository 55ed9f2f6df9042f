import type { ThemeKey, Workshop } from '@capnum/contracts';
import { useCallback, useRef, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { ConfirmAction } from '../../components/ui/confirm-action.tsx';
import { DataTable } from '../../components/ui/data-table.tsx';
import { Loaded } from '../../components/ui/loaded.tsx';
import { Notice } from '../../components/ui/notice.tsx';
import { text } from '../../lib/i18n/index.ts';
import { staffText } from '../../lib/i18n/staff.ts';
import { useApiData } from '../../lib/use-api-data.ts';
import { staffApi } from './api/staff-api.ts';
import { WorkshopForm } from './components/workshop-form.tsx';
import { StaffPage } from './staff-page.tsx';

const themeOrder = Object.keys(text.themes) as ThemeKey[];
const levelOrder = Object.keys(text.workshopLevels);

/** By theme, then level, then title: how the catalogue is printed. */
function catalogueOrder(left: Workshop, right: Workshop): number {
  return (
    themeOrder.indexOf(left.theme) - themeOrder.indexOf(right.theme) ||
    levelOrder.indexOf(left.level) - levelOrder.indexOf(right.level) ||
    left.title.localeCompare(right.title, 'fr')
  );
}

/** The chamber's workshop catalogue: list, add, edit, delete. */
export function WorkshopsPage() {
  const words = staffText.workshops;
  const load = useCallback((signal: AbortSignal) => staffApi.workshops(signal), []);
  const { state, reload } = useApiData(load);
  const [editing, setEditing] = useState<Workshop | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);

  function startEditing(workshop: Workshop) {
    setEditing(workshop);
    setNotice(null);
    // After the form has re-rendered for this workshop.
    requestAnimationFrame(() => {
      formHeading.current?.focus();
      formHeading.current?.scrollIntoView({ block: 'start' });
    });
  }

  function done(message: string) {
    setEditing(null);
    setNotice(message);
    reload();
  }

  return (
    <StaffPage title={words.title}>
      <p className="lead">{words.lead}</p>
      <Notice message={notice} />

      <Loaded state={state} reload={reload} loading={words.loading} retry={staffText.retry}>
        {(workshops) => (
          <DataTable namedRows caption={words.caption(workshops.length)}>
            <thead>
              <tr>
                <th scope="col">{words.columns.title}</th>
                <th scope="col">{words.columns.theme}</th>
                <th scope="col">{words.columns.level}</th>
                <th scope="col">{words.columns.duration}</th>
                <th scope="col">{words.columns.actions}</th>
              </tr>
            </thead>
            <tbody>
              {[...workshops].sort(catalogueOrder).map((workshop) => (
                <tr key={workshop.id} aria-current={editing?.id === workshop.id || undefined}>
                  <th scope="row">{workshop.title}</th>
                  <td>{text.themes[workshop.theme].label}</td>
                  <td>{text.workshopLevels[workshop.level]}</td>
                  <td className="data-table__number">{words.duration(workshop.durationMinutes)}</td>
                  <td>
                    <Button
                      variant="secondary"
                      className="button--small"
                      onClick={() => startEditing(workshop)}
                    >
                      {words.edit}
                      <span className="visually-hidden"> : {workshop.title}</span>
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Loaded>

      <section className="staff-panel" aria-labelledby="workshop-form-title">
        <h2 id="workshop-form-title" ref={formHeading} tabIndex={-1}>
          {editing ? words.editTitle(editing.title) : words.createTitle}
        </h2>
        <WorkshopForm
          key={editing?.id ?? 'new'}
          {...(editing && { workshop: editing })}
          onSaved={(saved) =>
            done(editing ? words.updated(saved.title) : words.created(saved.title))
          }
        />
        {editing && (
          <div className="staff-panel__footer">
            <Button variant="secondary" onClick={() => setEditing(null)}>
              {words.stopEditing}
            </Button>
            <ConfirmAction
              key={editing.id}
              label={words.delete}
              question={words.deleteQuestion(editing.title)}
              consequence={words.deleteConsequence}
              confirmLabel={words.deleteConfirm}
              busyLabel={words.deleting}
              onConfirm={async () => {
                await staffApi.deleteWorkshop(editing.id);
                done(words.deleted(editing.title));
              }}
            />
          </div>
        )}
      </section>
    </StaffPage>
  );
}
