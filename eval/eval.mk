# eval/eval.mk - `make eval`: score papercli on generated newspaper pages and on Latin OCR.
# Included by the repo Makefile (`include eval/eval.mk`), which provides the $(VENV) target
# (creates .venv and installs papercli). See eval/README.md.
#
#   make eval                       setup + build/cache pages + run_eval + latin_eval
#   make eval-pages                 setup + build/cache the pages only
#   make eval-shared                run_eval on ../shared/pages (24 ready-made pages)
#   make eval EVAL_OCR=0            no Tesseract pages (faster first build)
#   make eval EVAL_ARGS=--by-corpus   extra run_eval.py options (also --per-page)
#   PAPERCLI_EVAL_HOME=DIR make eval   cache somewhere else (default ~/.cache/papercli-eval)

VENV ?= .venv
EVAL_JOBS ?= 2
EVAL_OCR ?= 12
EVAL_HANS ?= 24
EVAL_HANT ?= 16
EVAL_ARGS ?=
# another papercli command for both scripts, e.g. PAPERCLI="python /tmp/fake.py"
PAPERCLI ?=
EVAL_PAPERCLI = $(if $(PAPERCLI),--papercli '$(PAPERCLI)')

.PHONY: eval eval-setup eval-pages eval-shared

eval-setup:
	@bash eval/setup.sh

eval-pages: eval-setup
	@python3 eval/build_pages.py --jobs $(EVAL_JOBS) --ocr $(EVAL_OCR) --hans $(EVAL_HANS) --hant $(EVAL_HANT)

# run_eval and latin_eval both run even if the first reports papercli failures;
# the target fails if either did.
eval: eval-pages $(VENV)
	@rc=0; \
	$(VENV)/bin/python eval/run_eval.py --jobs $(EVAL_JOBS) $(EVAL_PAPERCLI) $(EVAL_ARGS) || rc=$$?; \
	echo; \
	$(VENV)/bin/python eval/latin_eval.py --jobs $(EVAL_JOBS) $(EVAL_PAPERCLI) || rc=$$?; \
	exit $$rc

eval-shared: $(VENV)
	@$(VENV)/bin/python eval/run_eval.py --jobs $(EVAL_JOBS) --pages ../shared/pages/*/ $(EVAL_PAPERCLI) $(EVAL_ARGS)
