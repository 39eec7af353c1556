//! 设置: appearance, voice, backups and storage.

pub mod backup_panel;
pub mod display_settings;
pub mod settings_screen;
pub mod voice_settings;
