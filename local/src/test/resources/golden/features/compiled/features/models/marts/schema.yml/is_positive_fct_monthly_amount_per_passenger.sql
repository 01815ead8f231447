select *
from analytics.fct_monthly
where amount_per_passenger <= 0