// The public face of the package: `import Tenor` gives the whole pipeline.
@_exported import TenorLinearAlgebra
@_exported import TenorText
@_exported import TenorSimilarity
@_exported import TenorStatistics
@_exported import TenorTone
@_exported import TenorVectorize
