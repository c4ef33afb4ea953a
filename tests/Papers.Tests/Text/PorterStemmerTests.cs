using Papers.Text;

namespace Papers.Tests.Text;

public class PorterStemmerTests
{
    [Theory]
    [InlineData("segmentation", "segment")]
    [InlineData("segmenting", "segment")]
    [InlineData("embeddings", "embed")]
    [InlineData("retrieval", "retriev")]
    [InlineData("generalization", "gener")]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("hopping", "hop")]
    [InlineData("relational", "relat")]
    [InlineData("rational", "ration")]
    [InlineData("adjustable", "adjust")]
    public void The_Porter_stemmer_conflates_inflections(string word, string stem)
    {
        PorterStemmer.Stem(word).Should().Be(stem);
    }
}
