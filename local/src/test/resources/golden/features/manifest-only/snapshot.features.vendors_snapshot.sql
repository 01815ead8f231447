

select * from analytics.vendors
