// SPDX-FileCopyrightText: 2026 Tickmark contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The translation unit that carries tickmark_test_base's precompiled headers; the suites reuse them.
