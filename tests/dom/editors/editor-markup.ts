/**
 * The DOM shapes real editors produce for a few short replies, copied from what each library
 * renders (element names, attributes, fillers, placeholders). `root` is the editable element.
 */

export interface EditorMarkup {
  name: string;
  /** A stylesheet the editor ships, for the white-space setting it relies on. */
  css?: string;
  html: string;
  text: string;
}

const FILLER_CK5 = '\u2060'.repeat(7);

export const EDITOR_MARKUP: EditorMarkup[] = [
  {
    name: 'ProseMirror (Tiptap)',
    css: '.ProseMirror { white-space: pre-wrap; }',
    html:
      '<div contenteditable="true" translate="no" class="tiptap ProseMirror" tabindex="0">' +
      "<p>Hi Sam,</p><p>I'm <strong>sorry</strong> the refund is late.</p>" +
      '<p><br class="ProseMirror-trailingBreak"></p>' +
      '<ul><li><p>Step one</p></li><li><p>Step two<br>continued</p></li></ul>' +
      '<p>Thanks <span class="mention" data-type="mention" data-id="alex" contenteditable="false">@Alex</span>' +
      '<img class="ProseMirror-separator" alt=""><br class="ProseMirror-trailingBreak"></p>' +
      '</div>',
    text: "Hi Sam,\nI'm sorry the refund is late.\n\nStep one\nStep two\ncontinued\nThanks ",
  },
  {
    name: 'Quill 2',
    css: '.ql-editor { white-space: pre-wrap; }',
    html:
      '<div class="ql-editor" contenteditable="true" role="textbox" aria-multiline="true">' +
      '<p>Hello <strong>there</strong></p><p><br></p>' +
      '<ol><li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>First point</li></ol>' +
      '<p>Bye<span class="ql-cursor">\uFEFF</span></p>' +
      '</div>',
    text: 'Hello there\n\nFirst point\nBye',
  },
  {
    name: 'CKEditor 5',
    html:
      '<div class="ck ck-content ck-editor__editable ck-rounded-corners ck-editor__editable_inline ck-blurred" lang="en" dir="ltr" role="textbox" aria-label="Editor editing area: main" contenteditable="true">' +
      '<p>Dear customer,</p><p><br data-cke-filler="true"></p>' +
      '<p>We are&nbsp; <i>looking</i> into it.</p>' +
      '<figure class="image ck-widget ck-widget_with-resizer" contenteditable="false"><img src="data:," alt="">' +
      '<figcaption class="ck-editor__editable ck-editor__nested-editable" role="textbox" contenteditable="true">A caption</figcaption></figure>' +
      `<p>${FILLER_CK5}Regards</p>` +
      '</div>',
    text: 'Dear customer,\n\nWe are  looking into it.\nRegards',
  },
  {
    name: 'Lexical',
    html:
      '<div contenteditable="true" role="textbox" spellcheck="true" data-lexical-editor="true" style="user-select: text; white-space: pre-wrap; word-break: break-word;">' +
      '<p dir="ltr"><span data-lexical-text="true">Hello </span><strong data-lexical-text="true">world</strong></p>' +
      '<p><br></p>' +
      '<p dir="ltr"><span data-lexical-text="true">Line one</span><br><span data-lexical-text="true">Line two</span></p>' +
      '</div>',
    text: 'Hello world\n\nLine one\nLine two',
  },
  {
    name: 'Slate',
    html:
      '<div data-slate-editor="true" data-slate-node="value" contenteditable="true" zindex="-1" role="textbox" style="position: relative; white-space: pre-wrap; overflow-wrap: break-word;">' +
      '<div data-slate-node="element">' +
      '<span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Hi </span></span></span>' +
      '<span data-slate-node="element" data-slate-inline="true" data-slate-void="true" contenteditable="false">' +
      '<span data-slate-spacer="true" style="height: 0px; color: transparent; outline: none; position: absolute;">' +
      '<span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-zero-width="z" data-slate-length="0">\uFEFF</span></span></span>' +
      '</span>@Sam</span>' +
      '<span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">, thanks!</span></span></span>' +
      '</div>' +
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true">' +
      '<span data-slate-zero-width="n" data-slate-length="0">\uFEFF<br></span></span></span></div>' +
      '<div data-slate-node="element"><span data-slate-node="text"><span data-slate-leaf="true"><span data-slate-string="true">Bye</span></span></span></div>' +
      '</div>',
    text: 'Hi , thanks!\n\nBye',
  },
  {
    name: 'Draft.js',
    html:
      '<div aria-describedby="placeholder-e1" class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" spellcheck="false" style="outline: none; user-select: text; white-space: pre-wrap; overflow-wrap: break-word;">' +
      '<div data-contents="true">' +
      '<div class="" data-block="true" data-editor="e1" data-offset-key="a1-0-0"><div data-offset-key="a1-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr">' +
      '<span data-offset-key="a1-0-0"><span data-text="true">Sorry for </span></span>' +
      '<span data-offset-key="a1-1-0" style="font-weight: bold;"><span data-text="true">the wait</span></span></div></div>' +
      '<div class="" data-block="true" data-editor="e1" data-offset-key="b2-0-0"><div data-offset-key="b2-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr">' +
      '<span data-offset-key="b2-0-0"><br data-text="true"></span></div></div>' +
      '<div class="" data-block="true" data-editor="e1" data-offset-key="c3-0-0"><div data-offset-key="c3-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr">' +
      '<span data-offset-key="c3-0-0"><span data-text="true">Best</span></span></div></div>' +
      '</div></div>',
    text: 'Sorry for the wait\n\nBest',
  },
  {
    name: 'Trix',
    html:
      '<trix-editor contenteditable="" role="textbox" trix-id="1" toolbar="trix-toolbar-1">' +
      '<div><!--block-->Hello <strong>team</strong><br></div>' +
      '<div><!--block--><br></div>' +
      '<div><!--block-->Second<br>line</div>' +
      '<ul><li><!--block-->Item</li></ul>' +
      '</trix-editor>',
    text: 'Hello team\n\nSecond\nline\nItem',
  },
  {
    name: 'Summernote (FreeScout)',
    html:
      '<div class="note-editable" contenteditable="true" role="textbox" aria-multiline="true" spellcheck="true">' +
      '<p>Hello,</p><p><br></p><p>Thanks for writing in.</p>' +
      '</div>',
    text: 'Hello,\n\nThanks for writing in.',
  },
  {
    name: 'Gmail (quoted history, signature, attachment chip)',
    html:
      '<div id=":8x" class="Am aiL Al editable LW-avf tS-tW" hidefocus="true" aria-label="Message Body" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true" tabindex="1" style="direction: ltr; min-height: 258px;">' +
      '<div dir="ltr">Hi Dana,<div><br></div>' +
      '<div>Thanks for your patience. <span class="gmail_chip" contenteditable="false">Order.pdf</span></div></div>' +
      '<br clear="all"><div><span class="gmail_signature_prefix">-- </span><br>' +
      '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">Alex | Support</div></div><br>' +
      '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Tue, 3 Mar 2026 at 10:02, Dana &lt;dana@example.com&gt; wrote:<br></div>' +
      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Where is my refund?</blockquote></div>' +
      '</div>',
    // The empty lines are Gmail's own <br> spacing around the signature and the quote.
    text: 'Hi Dana,\n\nThanks for your patience.\n\n\n',
  },
  {
    name: 'Zammad (Tiptap with signature block)',
    css: '.ProseMirror { white-space: pre-wrap; }',
    html:
      '<div contenteditable="true" class="ProseMirror" translate="no">' +
      '<p>Hello Kim,</p><p>We have reset the password.</p>' +
      '<div data-signature="true" data-signature-id="1"><p>Jo<br>Zammad Support</p></div>' +
      '</div>',
    text: 'Hello Kim,\nWe have reset the password.',
  },
];

/** TinyMCE's iframe body, which the iframe test writes into an about:blank document. */
export const TINYMCE_BODY = {
  attributes: { id: 'tinymce', class: 'mce-content-body', 'data-id': 'reply', 'aria-label': 'Rich Text Area', contenteditable: 'true', spellcheck: 'false' },
  html:
    '<p>Hello,</p><p><br data-mce-bogus="1"></p>' +
    '<p>Your order <span class="mceNonEditable" contenteditable="false">#1234</span> shipped.</p>' +
    '<p data-mce-caret="after" data-mce-bogus="all"><br data-mce-bogus="1"></p>',
  text: 'Hello,\n\nYour order shipped.',
};
