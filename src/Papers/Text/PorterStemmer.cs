using System;
using System.Collections.Concurrent;
using System.Threading;

namespace Papers.Text;

/// <summary>
/// The Porter (1980) suffix-stripping stemmer for English: <c>segmentation</c>, <c>segmenting</c>,
/// <c>segments</c> → <c>segment</c>. Words with digits or fewer than three letters are left as they are.
/// </summary>
internal static class PorterStemmer
{
    // Texts repeat their words; a bounded cache of stems saves most of the work (the generator lives long in the
    // compiler server, so the cache must not grow without limit).
    private const int MaxCached = 100_000;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static int _cached;

    public static string Stem(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        if (Cache.TryGetValue(word, out string? cached))
        {
            return cached;
        }

        string stem = Compute(word);

        // A counter of our own: ConcurrentDictionary.Count takes every lock, and misses are frequent once full.
        if (Volatile.Read(ref _cached) < MaxCached && Cache.TryAdd(word, stem))
        {
            Interlocked.Increment(ref _cached);
        }

        return stem;
    }

    private static string Compute(string word)
    {

        foreach (char c in word)
        {
            if (c < 'a' || c > 'z')
            {
                return word;
            }
        }

        var stemmer = new State(word);
        stemmer.Step1Ab();
        stemmer.Step1C();
        stemmer.Step2();
        stemmer.Step3();
        stemmer.Step4();
        stemmer.Step5();
        return stemmer.Result;
    }

    private sealed class State
    {
        private readonly char[] _b;
        private int _k; // index of the last char of the current word
        private int _j; // end of the stem when a suffix matched

        public State(string word)
        {
            _b = word.ToCharArray();
            _k = _b.Length - 1;
        }

        public string Result => new(_b, 0, _k + 1);

        private bool IsConsonant(int i) => _b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !IsConsonant(i - 1),
            _ => true,
        };

        // m(): the number of vowel-consonant sequences in _b[0.._j] ([C](VC)^m[V]).
        private int Measure()
        {
            int n = 0;
            int i = Skip(0, consonants: true);
            while (i <= _j)
            {
                i = Skip(i, consonants: false);
                if (i > _j)
                {
                    return n;
                }

                i = Skip(i, consonants: true);
                n++;
            }

            return n;
        }

        // The first index from i (at most _j + 1) whose letter is not of the kind skipped.
        private int Skip(int i, bool consonants)
        {
            while (i <= _j && IsConsonant(i) == consonants)
            {
                i++;
            }

            return i;
        }

        private bool VowelInStem()
        {
            for (int i = 0; i <= _j; i++)
            {
                if (!IsConsonant(i))
                {
                    return true;
                }
            }

            return false;
        }

        private bool DoubleConsonant(int j) => j >= 1 && _b[j] == _b[j - 1] && IsConsonant(j);

        // cvc(i): consonant-vowel-consonant ending at i, the last not w, x or y ("hop", not "snow").
        private bool Cvc(int i)
        {
            if (i < 2 || !IsConsonant(i) || IsConsonant(i - 1) || !IsConsonant(i - 2))
            {
                return false;
            }

            char ch = _b[i];
            return ch != 'w' && ch != 'x' && ch != 'y';
        }

        private bool Ends(string s)
        {
            int length = s.Length;
            int offset = _k - length + 1;
            if (offset < 0)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (_b[offset + i] != s[i])
                {
                    return false;
                }
            }

            _j = _k - length;
            return true;
        }

        private void SetTo(string s)
        {
            int length = s.Length;
            int offset = _j + 1;
            for (int i = 0; i < length; i++)
            {
                _b[offset + i] = s[i];
            }

            _k = _j + length;
        }

        private void ReplaceIfMeasured(string s)
        {
            if (Measure() > 0)
            {
                SetTo(s);
            }
        }

        public void Step1Ab()
        {
            if (_b[_k] == 's')
            {
                if (Ends("sses"))
                {
                    _k -= 2;
                }
                else if (Ends("ies"))
                {
                    SetTo("i");
                }
                else if (_k >= 1 && _b[_k - 1] != 's')
                {
                    _k--;
                }
            }

            if (Ends("eed"))
            {
                if (Measure() > 0)
                {
                    _k--;
                }
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                _k = _j;
                if (Ends("at"))
                {
                    SetTo("ate");
                }
                else if (Ends("bl"))
                {
                    SetTo("ble");
                }
                else if (Ends("iz"))
                {
                    SetTo("ize");
                }
                else if (DoubleConsonant(_k))
                {
                    char ch = _b[_k];
                    if (ch != 'l' && ch != 's' && ch != 'z')
                    {
                        _k--;
                    }
                }
                else if (Measure() == 1 && Cvc(_k))
                {
                    _j = _k;
                    SetTo("e");
                }
            }
        }

        public void Step1C()
        {
            if (Ends("y") && VowelInStem())
            {
                _b[_k] = 'i';
            }
        }

        private static readonly string[][] Step2Rules =
        {
            new[] { "ational", "ate" }, new[] { "tional", "tion" }, new[] { "enci", "ence" }, new[] { "anci", "ance" },
            new[] { "izer", "ize" }, new[] { "bli", "ble" }, new[] { "alli", "al" }, new[] { "entli", "ent" },
            new[] { "eli", "e" }, new[] { "ousli", "ous" }, new[] { "ization", "ize" }, new[] { "ation", "ate" },
            new[] { "ator", "ate" }, new[] { "alism", "al" }, new[] { "iveness", "ive" }, new[] { "fulness", "ful" },
            new[] { "ousness", "ous" }, new[] { "aliti", "al" }, new[] { "iviti", "ive" }, new[] { "biliti", "ble" },
            new[] { "logi", "log" },
        };

        private static readonly string[][] Step3Rules =
        {
            new[] { "icate", "ic" }, new[] { "ative", "" }, new[] { "alize", "al" }, new[] { "iciti", "ic" },
            new[] { "ical", "ic" }, new[] { "ful", "" }, new[] { "ness", "" },
        };

        private static readonly string[] Step4Suffixes =
        {
            "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate",
            "iti", "ous", "ive", "ize",
        };

        public void Step2()
        {
            if (_k >= 1)
            {
                ReplaceFirst(Step2Rules);
            }
        }

        public void Step3() => ReplaceFirst(Step3Rules);

        // The first rule whose suffix the word has decides, whether or not the stem is long enough to apply it.
        private void ReplaceFirst(string[][] rules)
        {
            foreach (string[] rule in rules)
            {
                if (Ends(rule[0]))
                {
                    ReplaceIfMeasured(rule[1]);
                    return;
                }
            }
        }

        public void Step4()
        {
            if (_k < 1)
            {
                return;
            }

            foreach (string suffix in Step4Suffixes)
            {
                if (!Ends(suffix))
                {
                    continue;
                }

                if (suffix == "ion" && !(_j >= 0 && (_b[_j] == 's' || _b[_j] == 't')))
                {
                    return;
                }

                if (Measure() > 1)
                {
                    _k = _j;
                }

                return;
            }
        }

        public void Step5()
        {
            _j = _k;
            if (_b[_k] == 'e')
            {
                int a = Measure();
                if (a > 1 || (a == 1 && !Cvc(_k - 1)))
                {
                    _k--;
                }
            }

            if (_b[_k] == 'l' && DoubleConsonant(_k) && Measure() > 1)
            {
                _k--;
            }
        }
    }
}
