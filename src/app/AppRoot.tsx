/**
 * The page's layout: what the model says, rendered. No state lives here.
 */
// Installs signals into Preact: a component that reads a signal's value re-renders when it changes.
import '@preact/signals';
import type { JSX } from 'preact';
import type { AppModel } from './model';
import { CountryPicker } from '../ui/CountryPicker';
import { DirectoryView } from '../ui/DirectoryView';
import { GuidanceView } from '../ui/GuidanceView';
import { FilterToggle } from '../ui/FilterToggle';
import { Header } from '../ui/Header';
import { NeedMenu } from '../ui/NeedMenu';
import { lazyPart } from '../ui/lazy-part';
import { KioskCountdown, NeutralScreen, PrintJob } from '../ui/kiosk-parts';
import { QuickExitButton } from '../ui/QuickExitButton';
import { RenderGuard } from '../ui/RenderGuard';
import { SafetyNote } from '../ui/SafetyNote';
import { SavedIntro } from '../ui/SavedIntro';
import { SearchField } from '../ui/SearchField';
import { SkipLink } from '../ui/SkipLink';
import { StatusBar } from '../ui/StatusBar';
import { UpdateBanner } from '../ui/UpdateBanner';
import { ViewSwitch } from '../ui/ViewSwitch';
import { todayUtc } from '../rules/dates';

// The footer's privacy section (what stays on the device, removing it): below the first screen, so
// a chunk of its own, drawn a moment after the rest.
const PrivacyPanel = lazyPart(() => import('../ui/PrivacyPanel').then((module) => module.PrivacyPanel));

// For partners: a chunk of its own, loaded when the page is opened (never by most visitors).
const PartnerView = lazyPart(() => import('../ui/PartnerView').then((module) => module.PartnerView));

export function AppRoot({ model }: { model: AppModel }) {
  const i18n = model.i18n.value;
  const load = model.load.value;
  const printJob = model.printJob.value;
  const countdown = model.countdown.value;
  const savedEntries = model.savedEntries.value;
  const showSaved = model.view.value === 'saved';
  const showPartners = model.view.value === 'partners';
  // A kiosk after Quick exit: nothing of the app until the next person starts.
  if (model.blank.value) return <NeutralScreen t={i18n.t} onStart={model.startAfresh} />;
  const unavailable = <p role="alert">{i18n.t('status.unavailable')}</p>;
  return (
    <>
      <div class={printJob ? 'screen screen--printing' : 'screen'}>
        <QuickExitButton t={i18n.t} onExit={model.exit} shiftPresses={model.shiftPresses.value} />
        <SkipLink targetId="results" label={i18n.t('skip.results')} />
        {model.updateReady.value && <UpdateBanner t={i18n.t} onUpdate={model.applyUpdate} />}
        <Header
          i18n={i18n}
          title={model.title}
          languages={model.languages}
          onLanguageChange={model.chooseLanguage}
          missingLanguage={model.missingLanguage}
        />
        {model.noteOpen.value && (
          <SafetyNote
            t={i18n.t}
            lang={i18n.language}
            kiosk={model.kiosk}
            expanded={model.noteExpanded.value}
            onToggle={model.toggleNote}
            onDismiss={model.dismissNote}
          />
        )}
        <main id="main" class="main">
          {showPartners ? (
            <PartnerView
              key={model.screenKey.value}
              i18n={i18n}
              entries={model.entries.value}
              onBack={() => model.setView('all')}
            />
          ) : (
            <>
              <CountryPicker
                i18n={i18n}
                country={model.country.value}
                open={model.pickerOpen.value}
                query={model.countrySearch.value}
                matches={model.countryMatches.value}
                onOpen={model.openCountryPicker}
                onQuery={model.setCountrySearch}
                onChoose={model.chooseCountry}
              />
              <SearchArea model={model} />
              <NeedMenu
                t={i18n.t}
                open={model.needsOpen.value}
                onToggle={model.toggleNeeds}
                onChoose={model.chooseNeed}
                onJobCheck={model.openJobCheck}
                onNumberCheck={model.openNumberCheck}
              />
              {model.kiosk ? (
                <p class="kiosk-hint">{i18n.t('kiosk.scanHint')}</p>
              ) : (
                // Only once something is saved: until then it would take a phone's first screen for nothing.
                (savedEntries.length > 0 || showSaved) && (
                  <ViewSwitch i18n={i18n} view={model.view.value} savedCount={savedEntries.length} onView={model.setView} />
                )
              )}
              {model.savedFailed.value && <p role="alert">{i18n.t('saved.failed')}</p>}
              {showSaved && <SavedIntro t={i18n.t} count={savedEntries.length} />}
              {load.status === 'loading' && (
                <p role="status" class="loading">
                  {i18n.t('status.loading')}
                </p>
              )}
              {load.status === 'unavailable' && unavailable}
              {load.status === 'ready' && <ResultsArea model={model} unavailable={unavailable} />}
            </>
          )}
        </main>
        <footer class="site-footer">
          <StatusBar
            i18n={i18n}
            generated={load.status === 'ready' ? load.directory.meta.generated : null}
            count={model.entries.value.length}
            storage={model.storage.value}
            update={model.updateNotice.value}
          />
          {!model.kiosk && <PrivacyPanel t={i18n.t} onShowNote={model.showNote} onRemoveData={model.removeData} />}
          {model.partnerArea && !showPartners && (
            <p class="partners-link">
              <button type="button" class="link-button" onClick={() => model.setView('partners')}>
                {i18n.t('partners.open')}
              </button>
            </p>
          )}
        </footer>
      </div>
      {printJob && <PrintJob i18n={i18n} job={printJob} onDone={model.printDone} />}
      {countdown !== null && (
        <KioskCountdown i18n={i18n} secondsLeft={countdown} onStillHere={model.stillHere} onExit={model.exit} />
      )}
    </>
  );
}

/**
 * The search box and its filters. Its own component, so a keystroke re-renders the box, not the
 * page around it (each component re-renders for the signals it reads).
 */
function SearchArea({ model }: { model: AppModel }) {
  const i18n = model.i18n.value;
  const load = model.load.value;
  const showSaved = model.view.value === 'saved';
  const FilterPanel = model.FilterPanel.value;
  return (
    <>
      <SearchField t={i18n.t} query={model.query.value} onQuery={model.setQuery} resultsShown={load.status === 'ready'}>
        {load.status === 'ready' && !showSaved && (
          <FilterToggle
            t={i18n.t}
            count={model.filterCount.value}
            open={model.filtersOpen.value}
            onToggle={model.toggleFilters}
          />
        )}
      </SearchField>
      {/* Her country's first screen only: the rest is coming, and what she types is answered once it is in. */}
      {load.status === 'ready' && load.partial && (
        <p role="status" class="loading-rest">
          {i18n.t('status.loading')}
        </p>
      )}
      {model.filtersOpen.value && load.status === 'ready' && !showSaved && FilterPanel && model.filterChoices.value && (
        <FilterPanel
          i18n={i18n}
          filters={model.filters.value}
          options={model.filterChoices.value}
          count={model.filterCount.value}
          onChange={model.setFilters}
          onClear={model.clearFilters}
        />
      )}
    </>
  );
}

/** The results: re-rendered when an answer lands, not with each keystroke or the rest of the page. */
function ResultsArea({ model, unavailable }: { model: AppModel; unavailable: JSX.Element }) {
  const i18n = model.i18n.value;
  const load = model.load.value;
  if (load.status !== 'ready') return null;
  const savedEntries = model.savedEntries.value;
  const showSaved = model.view.value === 'saved';
  const saved = model.savedIds.value;
  const results = model.results.value;
  const guide = model.guide.value;
  return (
    <RenderGuard retryKey={load.directory.meta.version} fallback={unavailable}>
      {guide ? (
        <GuidanceView
          key={model.screenKey.value}
          i18n={i18n}
          today={todayUtc()}
          display={model.display.value}
          country={model.country.value}
          kind={guide.kind}
          need={guide.kind === 'route' ? guide.need : null}
          route={model.route.value}
          job={{
            answers: model.jobAnswers.value,
            destination: model.jobDestination.value,
            countryCodes: model.countryCodes.value,
            result: model.jobResult.value,
            onAnswer: model.answerJob,
            onDestination: model.setJobDestination,
            onShow: model.showJobResult,
            onChange: model.changeJobAnswers,
          }}
          number={{ typed: model.numberTyped.value, check: model.numberCheck.value, onType: model.setNumber }}
          onJobCheck={model.openJobCheck}
          onNumberCheck={model.openNumberCheck}
          onBack={model.leaveGuidance}
        />
      ) : (
        <DirectoryView
          key={model.screenKey.value}
          i18n={i18n}
          today={todayUtc()}
          query={model.answeredQuery.value}
          entries={showSaved ? savedEntries : model.entries.value}
          results={showSaved ? results.filter((entry) => saved.has(entry.id)) : results}
          nearest={showSaved ? [] : model.nearest.value}
          country={model.country.value}
          display={model.display.value}
          namedCountry={model.namedCountry.value}
          marks={model.matchMarks.value}
          filtered={showSaved ? null : model.filteredListing.value}
          filtersOn={!showSaved && model.filterCount.value > 0}
          onClearFilters={model.clearFilters}
          shown={model.shownCount.value}
          onShowMore={model.showMore}
          home={
            showSaved
              ? undefined
              : {
                  showAllCountries: model.showAllCountries.value,
                  onToggleAllCountries: model.toggleAllCountries,
                  missingLine: model.missingLine,
                  clues: model.clues,
                }
          }
        />
      )}
    </RenderGuard>
  );
}
