package agent

import "github.com/spinecoach/spinecoach/internal/settings"

// AutostartName is the name of the start-at-login entry: the .desktop file on Linux, the
// LaunchAgent's label on macOS, the Run value on Windows.
const AutostartName = "io.github.spinecoach.agent"

// SetAutostart writes (enabled) or removes the entry that starts `exe --data-dir DIR agent` when
// the user logs in: an XDG autostart file on Linux and the BSDs, a LaunchAgent on macOS, a value
// under HKCU\Software\Microsoft\Windows\CurrentVersion\Run on Windows. exe must be absolute;
// dataDir "" leaves the flag out. Removing an entry that is not there is not an error.
func SetAutostart(enabled bool, exe, dataDir string) error {
	return setAutostart(enabled, exe, agentArgs(dataDir))
}

// ApplyStartAtLogin makes the login entry match s.StartAtLogin once the user has answered the
// question (s.StartAtLoginAsked); until then nothing is registered. The agent calls it as it
// starts, the window when the user's answer changes.
func ApplyStartAtLogin(s settings.Settings, exe, dataDir string) error {
	if !s.StartAtLoginAsked {
		return nil
	}
	return SetAutostart(s.StartAtLogin, exe, dataDir)
}

// agentArgs are the agent's arguments after the executable.
func agentArgs(dataDir string) []string {
	if dataDir == "" {
		return []string{"agent"}
	}
	return []string{"--data-dir", dataDir, "agent"}
}
