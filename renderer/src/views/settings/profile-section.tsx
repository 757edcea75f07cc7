import '../../styles/settings.css';
import { useState } from 'react';
import type { SessionInfo } from '../../../../shared/console-api.js';
import type { ApiError } from '../../api/api-error.js';
import { FilterSelect } from '../../components/filter-select.js';
import { useOverview } from '../../stores/overview-store.js';
import { saveProfile } from '../../stores/session-store.js';
import { DEMO_REGIONS } from '../../../../shared/topology.js';
import { profileFormFrom, ROLE_LABELS, ROLE_OPTIONS, toggleRegion, toProfileInput, type ProfileForm } from './profile-form.js';

function ReadOnlyProfile({ session }: { session: SessionInfo }) {
  return (
    <div data-testid="profile-readonly">
      <dl className="facts">
        <dt>Name</dt>
        <dd data-testid="profile-name-readonly">{session.operator}</dd>
        <dt>Role</dt>
        <dd>{session.role}</dd>
        <dt>Regions</dt>
        <dd>{session.regions ? session.regions.join(', ') : 'every region'}</dd>
      </dl>
      <p className="muted">Set by your server token: ask whoever runs this Meridian server to change it.</p>
    </div>
  );
}

function EditableProfile({ session, knownRegions }: { session: SessionInfo; knownRegions: readonly string[] }) {
  const [form, setForm] = useState<ProfileForm>(() => profileFormFrom(session));
  const [touched, setTouched] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const validation = toProfileInput(form, knownRegions);
  const problems = validation.ok ? {} : validation.problems;
  return (
    <form
      className="profile-form"
      data-testid="profile-form"
      onSubmit={(e) => {
        e.preventDefault();
        setTouched(true);
        if (!validation.ok) return;
        setSaving(true);
        setSaved(false);
        setError(null);
        void saveProfile(validation.profile).then((r) => {
          setSaving(false);
          if (r.ok) {
            setSaved(true);
            setForm(profileFormFrom(r.value));
          } else setError(r.error);
        });
      }}
    >
      <label className="field">
        <span>Name (recorded in the audit log)</span>
        <input
          type="text"
          data-testid="profile-name"
          maxLength={100}
          value={form.name}
          aria-invalid={touched && problems.name !== undefined}
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
        {touched && problems.name && <span className="field-error">{problems.name}</span>}
      </label>
      <FilterSelect
        className="field"
        label="Role"
        testId="profile-role"
        value={form.role}
        options={ROLE_OPTIONS}
        optionLabel={(r) => ROLE_LABELS[r]}
        onChange={(role) => {
          if (role) setForm({ ...form, role });
        }}
      />
      {form.role === 'regional-manager' && (
        <fieldset className="profile-regions">
          <legend>Regions you manage</legend>
          {knownRegions.map((r) => (
            <label key={r} className="check">
              <input
                type="checkbox"
                data-testid={`profile-region-${r}`}
                checked={form.regions.includes(r)}
                onChange={(e) => setForm(toggleRegion(form, r, e.target.checked))}
              />
              {r}
            </label>
          ))}
          {problems.regions && <span className="field-error">{problems.regions}</span>}
        </fieldset>
      )}
      <div className="change-buttons">
        <button type="submit" className="primary" data-testid="profile-save" disabled={saving}>
          {saving ? 'Saving…' : 'Save profile'}
        </button>
        {saved && (
          <span className="muted" role="status" data-testid="profile-saved">
            Saved. Controls now follow this role.
          </span>
        )}
      </div>
      {error && (
        <div className="write-error" role="alert" data-testid="profile-error">
          <p>{error.message}</p>
          <p className="write-hint">The profile was not changed.</p>
        </div>
      )}
    </form>
  );
}

/** Who this console acts as: editable on the desktop and with the launch secret, fixed by per-operator tokens. */
export function ProfileSection({ session }: { session: SessionInfo }) {
  const overviewRegions = useOverview((s) => s.overview?.regions);
  const known = overviewRegions && overviewRegions.length > 0 ? overviewRegions.map((r) => r.region) : [...DEMO_REGIONS];
  // canEditProfile is missing on older backends: read-only then.
  if (session.canEditProfile !== true) return <ReadOnlyProfile session={session} />;
  // Not keyed by the session: saving changes it, and the form must stay to say it was saved.
  return <EditableProfile session={session} knownRegions={known} />;
}
