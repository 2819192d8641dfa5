# bash completion for newsgraph. Installed by `cmake --install` into
# share/bash-completion/completions/; in the source tree:
#   source convert/cli/newsgraph.bash
# Commands and option names come from the program itself (its --help), so
# they never fall behind; the values of options are listed here.

_newsgraph_formats="jsonld json-ld turtle ttl ntriples nt nquads nq trig rdfxml rdf xml jsonl ndjson tsv html dot gv help"

_newsgraph() {
    local cur prev prog cmd i
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    prog=${COMP_WORDS[0]}
    cmd=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
        -*) ;;
        *) cmd=${COMP_WORDS[i]}; break ;;
        esac
    done
    if [[ -z $cmd ]]; then
        local cmds
        cmds=$("$prog" --help 2>/dev/null | sed -n 's/^ *\(usage: \)\{0,1\}newsgraph \([a-z][a-z-]*\).*/\2/p' | sort -u)
        COMPREPLY=($(compgen -W "$cmds --help --version" -- "$cur"))
        return
    fi
    case $prev in
    -f | --format)
        if [[ $cmd == read ]]; then
            COMPREPLY=($(compgen -W "text jsonl" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$_newsgraph_formats" -- "$cur"))
        fi
        return ;;
    --syntax) COMPREPLY=($(compgen -W "jsonld jsonl turtle ntriples nquads trig rdfxml" -- "$cur")); return ;;
    --table) COMPREPLY=($(compgen -W "statements events actors" -- "$cur")); return ;;
    --evidence) COMPREPLY=($(compgen -W "full spans none" -- "$cur")); return ;;
    --input-format) COMPREPLY=($(compgen -W "auto text html json jsonl warc" -- "$cur")); return ;;
    --parser) COMPREPLY=($(compgen -W "fast accurate" -- "$cur")); return ;;
    --report) COMPREPLY=($(compgen -W "text json turtle" -- "$cur")); return ;;
    -j | --jobs | --published | --base | --source-name | --first-line | --max-size | --epochs | --seed | --beam)
        return ;;
    -o | --output | --errors | --event-triggers | --types-model | --attribution-model | --coref-model | \
    --trigger-model | --model | --ner-model | --schema | --shapes | --out | --dev | --clusters | --conll | --conllu | \
    --lexicon | --write-lexicon)
        COMPREPLY=($(compgen -f -- "$cur"))
        return ;;
    esac
    if [[ $cmd == help ]]; then
        local cmds
        cmds=$("$prog" --help 2>/dev/null | sed -n 's/^ *\(usage: \)\{0,1\}newsgraph \([a-z][a-z-]*\).*/\2/p' | sort -u)
        COMPREPLY=($(compgen -W "$cmds" -- "$cur"))
        return
    fi
    if [[ $cur == -* ]]; then
        local opts
        opts=$("$prog" "$cmd" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u)
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
        return
    fi
    COMPREPLY=($(compgen -f -- "$cur"))
}
complete -o filenames -F _newsgraph newsgraph
