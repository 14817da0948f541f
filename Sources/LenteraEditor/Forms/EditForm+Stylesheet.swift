extension EditForm {
    /// The CSS of the form's elements (classes `ef-…`), for the server's pages: controls and
    /// buttons at least 44 px high, one column that fits a 375 px phone, the site's focus
    /// (#FFDD00 with #0B0C0C), and problems marked by words and a thick bar, not colour alone.
    public static let stylesheet = """
    .ef-vh{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;white-space:nowrap!important;border:0!important}
    .ef-section{margin:2.5rem 0 0;padding-top:1rem;border-top:4px solid #0b0c0c}
    .ef-section>h2{margin:0 0 .5rem;font-size:1.5rem}
    .ef-section-about{margin:0 0 1.5rem;max-width:40em;color:#0b0c0c}
    .ef-field{margin:0 0 1.5rem}
    .ef-group{margin:0 0 1.5rem;padding:0 0 0 .75rem;border:0;border-left:4px solid #b1b4b6;min-width:0}
    .ef-legend{font-weight:700;font-size:1.125rem;padding:0;margin:0 0 .5rem}
    .ef-label{display:block;font-weight:700;margin:0 0 .25rem}
    .ef-label-small{display:block;margin:.5rem 0 .25rem}
    .ef-required{font-weight:400}
    .ef-hint{color:#484949;margin:0 0 .5rem;max-width:40em}
    .ef-hint code,.ef-notice code{font-size:.95em;background:#f3f2f1;padding:0 .2em}
    .ef-summary code,.ef-message code{font-size:.95em;background:none;color:inherit;padding:0}
    .ef-input,.ef-textarea,.ef-select{box-sizing:border-box;width:100%;max-width:40em;min-height:2.75rem;padding:.4rem .5rem;font:inherit;font-size:1.1875rem;line-height:1.35;color:#0b0c0c;background:#fff;border:2px solid #0b0c0c;border-radius:0}
    .ef-short{max-width:12em}
    .ef-medium{max-width:22em}
    .ef-textarea{min-height:6rem;resize:vertical}
    .ef-file{font:inherit;max-width:100%;min-height:2.75rem}
    .ef-check{display:flex;flex-wrap:wrap;align-items:flex-start;gap:.5rem}
    .ef-check .ef-hint,.ef-check .ef-message{flex-basis:100%}
    .ef-checkbox{width:1.75rem;height:1.75rem;margin:.25rem 0;flex:none}
    .ef-check-label{padding:.45rem 0;font-weight:700}
    .ef-radios{margin:0 0 1.5rem}
    .ef-radios .ef-check{margin:0 0 .25rem}
    .ef-items{margin:0 0 1rem;padding-left:1.75rem}
    .ef-item{margin:0 0 1rem;padding:.5rem 0 0}
    .ef-item>.ef-field,.ef-item>.ef-group{margin-bottom:.5rem}
    .ef-item-actions,.ef-add{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 .5rem}
    .ef-button{min-height:2.75rem;min-width:2.75rem;padding:.4rem .9rem;font:inherit;font-size:1rem;font-weight:700;color:#fff;background:#00703c;border:2px solid transparent;border-radius:0;box-shadow:0 2px 0 #002d18;cursor:pointer}
    .ef-secondary{color:#0b0c0c;background:#f3f2f1;box-shadow:0 2px 0 #929191}
    .ef-danger{color:#fff;background:#d4351c;box-shadow:0 2px 0 #55150b}
    .ef-or{font-weight:700;margin:.5rem 0 1rem}
    .ef-notice{border-left:6px solid #1d70b8;padding:.5rem .75rem;background:#f3f2f1;max-width:40em}
    .ef-message{margin:0 0 .5rem;max-width:40em;font-weight:700}
    .ef-error{color:#d4351c}
    .ef-message.ef-warning{color:#0b0c0c;background:#fff7bf;box-shadow:none;padding:.25rem .5rem}
    .ef-advice{font-weight:400;color:#0b0c0c}
    .ef-invalid{border-left:5px solid #d4351c;padding-left:.75rem}
    .ef-invalid>.ef-input,.ef-invalid>.ef-textarea,.ef-invalid>.ef-select{border-width:3px;border-color:#d4351c}
    .ef-preview{margin:.75rem 0 0;padding:.75rem 1rem;border:2px dashed #505a5f;max-width:40em;overflow-wrap:anywhere}
    .ef-preview-title{margin:0 0 .5rem;font-weight:700;color:#484949}
    .ef-summary{margin:0 0 2rem;padding:1rem;border:5px solid #d4351c;max-width:40em}
    .ef-summary-warning{border-color:#ffdd00}
    .ef-summary-title{margin:0 0 .75rem;font-size:1.375rem}
    .ef-summary-list{margin:0;padding-left:1.25rem}
    .ef-summary-list li{margin:0 0 .5rem}
    .ef-summary-list a{color:#d4351c;font-weight:700}
    .ef-summary-warning .ef-summary-list a{color:#0b0c0c}
    .ef-input:focus,.ef-textarea:focus,.ef-select:focus,.ef-file:focus,.ef-checkbox:focus{outline:3px solid #ffdd00;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}
    .ef-button:focus,.ef-summary:focus,.ef-summary-list a:focus{outline:3px solid transparent;color:#0b0c0c;background:#ffdd00;box-shadow:0 -2px #ffdd00,0 4px #0b0c0c;text-decoration:none}
    .ef-summary:focus{background:transparent;box-shadow:none;outline:3px solid #ffdd00}
    @media (max-width:40em){.ef-group{padding-left:.5rem}.ef-items{padding-left:1.25rem}.ef-button{flex:1 1 auto}}
    """
}
