"""b26-014: medicaid, complete. Styles (1)+(6): a home-infusion nursing visit record faxed to the
prescriber and OCR'd - cells broken one per line, the page header repeated inside the vial table,
l/1 and O/0 swaps in non-clinical fields - with units only in a legend and space thousands
separators. Zemaira 4 g kit labeled 4 106 mg + 1 g vial labeled 1 052 mg = 5 158 mg at 86.5 kg,
J0256 516 JZ (ceil 515.8)."""

CHART_ID = "b26-014"
DOS = "2026-04-14"
PAYER = {"profile": "medicaid", "name": "Prairie Health Connect (Medicaid managed care)"}
PRIOR_AUTH = "PHC 7730-0419"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 516, "modifiers": ["JZ"]},
    {"hcpcs": "99601", "units": 1, "modifiers": []},
]

D1 = """
O4/l4/2O26 l6:4O   FR: N0RTHERN PLAINS H0ME INFUSI0N   T0: Dr. R. Szczepanski   Pg l/2
[Scanned fax - text recognized automatically (OCR). Layout may differ from original.]
NORTHERN PLAINS HOME INFUSION - SKILLED NURSING VISIT RECORD
Client: NAKAGAWA-POHL, DESMOND        DOB: O3/O9/l968        Client #: NP-4O2l9
Visit date: 04/14/2026      Visit type: weekly A1PI infusion (home)
Payer: Prairie Health Connect   PA: PHC 7730-0419   (O2/Ol/2O26 - Ol/3l/2O27)
Arrived l0:52   Departed l2:lO   Mileage l4
ASSESSMENT
Wt
86.5
Temp
36.7
BP
l3O/8O
HR
74
SpO2
95
Lungs: diminished bases, no crackles. No fever/infection past week. Last infusion O4/O7 -
no reaction. Home O2 not used.
VIAL / PRODUCT TABLE
Item
Label potency
Lot
Exp
Zemaira 4 g kit (76 mL SWFI)
4 106
P100735518
2027-11-30
NORTHERN PLAINS HOME INFUSION - SKILLED NURSING VISIT RECORD      Pg l/2
O4/l4/2O26 l6:4l   FR: N0RTHERN PLAINS H0ME INFUSI0N   T0: Dr. R. Szczepanski   Pg 2/2
Zemaira l g vial (20 mL SWFI)
1 052
P100719902
2027-06-30
Total dose administered: 5 158
Waste: 0 - both vials used in full
Legend: potency, dose and waste in mg (actual potency printed on carton); Wt in kg;
Temp in C; SpO2 in %.
ADMINISTRATION
PIV 22g R forearm ll:O2 x l. Reconstituted per PI, pooled, 5 micron filter.
Zemaira infusion start 11:14, end 11:33, gravity/pump at ~0.08 mL/kg/min.
NS flush lO mL. Post VS: BP l26/78 HR 72 SpO2 96. PIV d/c ll:4O intact.
Pt/wife educated on delayed reaction signs. Next visit O4/2l/2O26 ~ll:OO.
RN: Halvard Nygaard, RN      e-signed O4/l4/2O26 l2:3l
NORTHERN PLAINS HOME INFUSION - SKILLED NURSING VISIT RECORD      Pg 2/2
"""

D2 = """
DAKOTA PULMONARY & SLEEP - CLINIC NOTE
Date: 03/31/2026          Provider: Roksana Szczepanski, MD
Patient: Desmond Nakagawa-Pohl    58 M    MRN DPS-55120

Subjective: Follow-up for alpha-1 antitrypsin deficiency (Z/Mheerlen) with emphysema; weekly
Zemaira at home via Northern Plains Home Infusion since 08/2023. He reports since starting the
infusions he has had no hospital stays (two in 2022-23) and only one prednisone course. Still
farming part-time - can do chores again. Never smoked; grew up on a farm with grain dust.
Brother (61) - PI*MZ, normal spirometry. Wife present.

Meds: Zemaira 60 mg/kg IV weekly (home); tiotropium/olodaterol; albuterol prn; lisinopril
10 mg; atorvastatin 40 mg.

Objective: Wt 87.0 kg. BP 132/82. HR 72. SpO2 95% RA. Decreased breath sounds bilaterally.
Spirometry 03/31/2026 post-BD: FEV1 1.96 L (51% predicted), FEV1/FVC 0.45.
  Pre-augmentation 07/2023: FEV1 2.04 L (53% predicted).
CT 2023: panlobular emphysema, lower-lobe predominant.

Assessment/Plan:
1. AATD (Z/Mheerlen), emphysema - good response to augmentation: no admissions since start,
   FEV1 decline ~30 mL/yr. Continue Zemaira 60 mg/kg IV weekly at home; PA PHC 7730-0419
   renewed through 01/31/2027.
2. HTN, hyperlipidemia - per PCP.
3. Grain dust - N95 during harvest.
RTC 6 months.

R. Szczepanski, MD - signed 03/31/2026
"""

D3 = """
UPPER MIDWEST MOLECULAR DIAGNOSTICS
SERPINA1 Gene Sequencing + Alpha-1 Antitrypsin Level
Patient: NAKAGAWA-POHL, DESMOND   DOB 03/09/1968   Received 06/02/2023   Reported 06/16/2023
Ordering: R. Szczepanski, MD

Alpha-1 antitrypsin (immunonephelometry): 6.8 umol/L   (reference 20-48 umol/L)   LOW
SERPINA1 variants detected:
  c.1096G>A p.(Glu342Lys)  - Z allele - heterozygous
  c.125T>C p.(Leu41Pro)    - Mheerlen allele - heterozygous
Result: PI*Z/Mheerlen (compound heterozygous). Mheerlen is a deficiency allele with almost no
secreted protein; combined with Z this genotype is associated with severe AAT deficiency.
Family members: first-degree relatives may be offered targeted testing.

Reviewed: S. Engebretsen, PhD, FACMG   06/16/2023
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-04-14", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-03-31", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2023-06-16", "text": D3},
]

HDR = "Legend: potency, dose and waste in mg (actual potency printed on carton); Wt in kg;"

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "alpha-1 antitrypsin deficiency (Z/Mheerlen)"},
    {"kind": "genotype", "alleles": ["Z", "MHEERLEN"], "_doc": "d3", "_ev": "Result: PI*Z/Mheerlen (compound heterozygous)"},
    {"kind": "serum_aat", "value": 6.8, "unit": "uM", "_doc": "d3", "_ev": "6.8 umol/L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "panlobular emphysema, lower-lobe predominant"},
    {"kind": "weight", "value": 86.5, "unit": "kg", "value_kg": 86.5, "_date": "2026-04-14", "_doc": "d1", "_ev": "Wt\n86.5", "_hdr": HDR},
    {"kind": "weight", "value": 87.0, "unit": "kg", "value_kg": 87.0, "_date": "2026-03-31", "_doc": "d2", "_ev": "Wt 87.0 kg"},
    {"kind": "dose", "value": 5158, "_doc": "d1", "_ev": "Total dose administered: 5 158", "_hdr": HDR},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "Waste: 0 - both vials used in full"},
    {"kind": "lot_number", "value": "P100735518", "_doc": "d1", "_ev": "P100735518"},
    {"kind": "lot_number", "value": "P100719902", "_doc": "d1", "_ev": "P100719902"},
    {"kind": "expiration_date", "value": "2027-11-30", "_doc": "d1", "_ev": "P100735518\n2027-11-30"},
    {"kind": "expiration_date", "value": "2027-06-30", "_doc": "d1", "_ev": "P100719902\n2027-06-30"},
    {"kind": "infusion_start", "value": "11:14", "_doc": "d1", "_ev": "Zemaira infusion start 11:14"},
    {"kind": "infusion_end", "value": "11:33", "_doc": "d1", "_ev": "end 11:33"},
    {"kind": "fev1", "value": 51, "_doc": "d2", "_ev": "FEV1 1.96 L (51% predicted)"},
    {"kind": "fev1", "value": 53, "_doc": "d2", "_ev": "FEV1 2.04 L (53% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "good response to augmentation: no admissions since start"},
    {"kind": "smoking_status", "value": "never", "_doc": "d2", "_ev": "Never smoked"},
    {"kind": "prior_authorization", "value": "PHC 7730-0419", "_doc": "d1", "_ev": "PA: PHC 7730-0419"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d1", "_ev": "Zemaira infusion start"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-04-14",
    "weight": {"value": 86.5, "unit": "kg", "kg": 86.5, "date": "2026-04-14"},
    "dose_mg": 5158,
    "target_mg": 5190.0,
    "tolerance_mg": 519.0,
    "deviation_pct": -0.62,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 516,
    "units_billed": 516,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-11-30", "2027-06-30"],
    "expiration_ok": True,
}

NOTES = """
Complete. OCR'd home-infusion fax: the assessment and vial tables are broken one cell per line, the
page footer + next page's fax header fall between the 4 g kit row and the 1 g vial row, units only in
the legend (mg; Wt kg), space thousands ("4 106", "5 158"); OCR swaps l/1 and O/0 in the fax header,
DOB, client #, PA dates, arrival/departure/PIV/next-visit/signature times and some vitals (gold values
legible). Dose 5 158 = 4 106 + 1 052 label potencies, no waste, ceil(515.8) = 516 JZ.
Traps: label potencies per vial; 76 mL / 20 mL SWFI; arrival 10:52 / departure 12:10 / PIV 11:02 /
PIV d/c 11:40; mileage 14; brother PI*MZ; reference 20-48 umol/L; "heterozygous" on each variant line
of a compound heterozygote (Z + Mheerlen -> [Z, MHEERLEN], no M allele added); 99601 home-infusion
visit code; pre-augmentation FEV1 53 % listed.
"""
