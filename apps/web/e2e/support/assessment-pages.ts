// Driving the questionnaire and the results pages, for the self-assessment journey.

import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { siretFrom } from '../../../api/src/seed/siret-generator.ts';
import { heading, logIn as logInWith } from './app-pages.ts';
import type { Answers } from './journey-answers.ts';

export const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
export const saveStatus = (page: Page) => page.locator('.save-bar__status');

/** A question is a fieldset named by its legend; its answers are ticked by clicking their labels. */
export const question = (page: Page, label: string) =>
  page.getByRole('group', { name: label, exact: true });

export async function answer(page: Page, questionLabel: string, ...answerLabels: string[]) {
  const group = question(page, questionLabel);
  for (const label of answerLabels) await group.getByText(label, { exact: true }).click();
}

export function isTicked(page: Page, questionLabel: string, answerLabel: string) {
  return question(page, questionLabel).getByLabel(answerLabel, { exact: true }).isChecked();
}

export async function waitUntilSaved(page: Page) {
  await expect.poll(() => saveStatus(page).textContent()).toBe('Enregistré');
}

/** The question whose element has focus is on screen. */
export async function expectFocusedQuestionOnScreen(page: Page, questionId: string) {
  await expect.poll(() => focusedId(page)).toBe(`question-${questionId}`);
  const box = await page.locator(`#question-${questionId}`).boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.y >= 0 && box.y < viewport.height).toBe(true);
}

export async function answerAll(page: Page, answers: Answers) {
  for (const [questionLabel, ...answerLabels] of answers) {
    await answer(page, questionLabel, ...answerLabels);
  }
}

export async function signUp(page: Page, email: string, password: string, siretStart: string) {
  const unique = Date.now().toString().slice(-7);
  await page.goto('/inscription');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByLabel('Nom de l’entreprise').fill(`Ébénisterie ${unique}`);
  await page.getByLabel('Numéro SIRET').fill(siretFrom(`${siretStart}${unique}`));
  await page.getByLabel('Votre métier').fill('Ébéniste');
  await page.getByRole('radio', { name: 'Fabrication' }).check();
  const commune = page.getByRole('combobox', { name: 'Commune de l’entreprise' });
  await commune.click();
  // Typed in full, the one commune of that name is taken as it is.
  await commune.pressSequentially('Auxerre', { delay: 30 });
  await expect.poll(() => commune.inputValue()).toMatch(/^Auxerre \(89000/);
  await page.getByRole('radio', { name: 'Aucun salarié' }).check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect.poll(() => heading(page).textContent()).toBe('Mon espace');
}

export async function logIn(page: Page, email: string, password: string) {
  await logInWith(page, email, password);
  await expect.poll(() => heading(page).textContent()).toBe('Mon espace');
}

/** The whole page, and the same cut into screen-sized slices that are easier to look at. */
export async function screenshots(page: Page, name: string) {
  await page.screenshot({ path: `/tmp/capnum-assessment-${name}.png`, fullPage: true });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const viewport = page.viewportSize() ?? { width: 390, height: 844 };
  for (let part = 0; part * viewport.height < height && part < 8; part += 1) {
    const y = part * viewport.height;
    await page.screenshot({
      path: `/tmp/capnum-assessment-${name}-${part + 1}.png`,
      fullPage: true,
      clip: { x: 0, y, width: viewport.width, height: Math.min(viewport.height, height - y) },
    });
  }
}

/** Number of pages of the printed page, on A4. */
