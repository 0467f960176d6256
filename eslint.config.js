// @ts-check
/**
 * Lint: typescript-eslint's recommended rules for .ts, eslint-plugin-astro's for .astro (the
 * frontmatter and the template's expressions), Prettier for layout (eslint-config-prettier
 * turns off the rules that would fight it). `npm run lint` fails on any warning.
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', '.build-tmp/', 'node_modules/', 'test/fixtures/**/*.mjs'] },
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'@typescript-eslint/consistent-type-imports': 'error',
		},
	},
	{
		// Tests read untyped JSON and syntax trees; `any` there is deliberate.
		files: ['test/**/*.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' },
	},
	prettier,
);
