select type
from analytics.fct_monthly
where type is null