// html-validate over every page in out/ (RELIABILITY CNT-6), run by `npm run check:out`.
const config = {
  extends: ['html-validate:recommended'],
  rules: {
    // Serialisation style, not validity: React writes <meta/>, async="", charSet and friends, which every HTML
    // parser reads identically. We cannot change React's output, and nothing is gained by failing on it.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'attr-case': 'off',
    'no-inline-style': 'off',
    // An embed's <title> must equal the snippet's iframe title (EMB-1), which names the lesson in full.
    'long-title': 'off',
    // React's useId() makes ids like "_R_1_", valid in HTML5 (any non-space characters).
    'valid-id': ['error', { relaxed: true }],
    // A multiple-answer question is a group of same-named checkboxes, as valid as a radio group.
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
};

export default config;
