# b17-005: commercial. Reference-lab report (fixed-width results, molar line, SERPINA1 targeted variant panel
# listing each allele tested) + two Epic SmartForms printed as Label: value with unresolved *** / {blank} / ___.
# Gaps: PI*SZ with every serum level at or above the threshold (commercial: SZ needs a low level) ->
# genotype conflict and serum_aat_level conflict.

D1 = """NORTHSTAR REFERENCE LABORATORIES                                  CLIA 24D2049917
1150 Mendota Heights Rd, St. Paul MN 55120              Medical Director: R. Okonjo, MD, PhD
-----------------------------------------------------------------------------------------------
PATIENT: DESROSIERS, MARC-ANDRE           DOB: 11/30/1968   SEX: M   AGE: 56Y
CLIENT: RIVERBEND PULMONARY ASSOC (44817) ORDERING: HAUGEN, TRINE MD
ACCESSION: NS25-2791044                   COLLECTED: 10/06/2025 08:14   RECEIVED: 10/07/2025 06:40
SPECIMEN: SERUM; EDTA WHOLE BLOOD         REPORTED: 10/14/2025 15:02    STATUS: FINAL
-----------------------------------------------------------------------------------------------
TEST                                         RESULT    FLAG  REFERENCE          UNITS     SITE
-----------------------------------------------------------------------------------------------
ALPHA-1-ANTITRYPSIN DEFICIENCY CASCADE (AATDC)
  Alpha-1-Antitrypsin, S (nephelometry)      62        L     100-190            mg/dL     NSR
  Alpha-1-Antitrypsin, molar (calculated)    11.6      L     18.5-35.1          umol/L    NSR
  C-Reactive Protein                         2.1             <8.0               mg/L      NSR
  Alpha-1-Antitrypsin Phenotype (IEF)        SZ        A     MM                           NSR
  SERPINA1 Genotype                          SEE BELOW A                                  NSR

SERPINA1 TARGETED VARIANT PANEL - allele-specific PCR (12 variants)
  Allele        cDNA (HGVS)          Protein        Legacy        rsID            Result
  S             c.863A>T             p.Glu288Val    Glu264Val     rs17580         DETECTED, heterozygous
  Z             c.1096G>A            p.Glu366Lys    Glu342Lys     rs28929474      DETECTED, heterozygous
  I             c.187C>T             p.Arg63Cys     Arg39Cys      rs28931570      Not detected
  F             c.739C>T             p.Arg247Cys    Arg223Cys     rs28929470      Not detected
  Mmalton       c.226_228del         p.Phe76del     Phe52del      --              Not detected
  Mprocida      c.194T>C             p.Leu65Pro     --            --              Not detected
  Mheerlen      c.1178C>T            p.Pro393Leu    --            --              Not detected
  Mwurzburg     c.1177C>T            p.Pro393Ser    --            rs61761869      Not detected
  Plowell       c.839A>T             p.Asp280Val    --            rs121912714     Not detected
  Q0amersfoort  c.552C>G             p.Tyr184Ter    --            --              Not detected
  Q0granitefalls c.552delC           p.Tyr184fs     --            --              Not detected
  Q0bellingham  c.721A>T             p.Lys241Ter    --            --              Not detected

  GENOTYPE: PI*SZ (compound heterozygous for S and Z)

INTERPRETATION:
  Compound heterozygosity for the S and Z alleles (PI*SZ), concordant with the SZ phenotype by IEF. The
  measured AAT concentration (62 mg/dL; 11.6 umol/L) is at the upper end of what is usually reported for PI*SZ.
  In published series, PI*SZ individuals who smoke have an increased risk of emphysema; never-smokers have a
  risk close to the general population. A level below 11 umol/L is generally regarded as the protective
  threshold. This assay detects only the variants listed; other rare or null alleles are not excluded.
  Genetic counseling is recommended for first-degree relatives.

  Reference genotype: PI*MM (normal).

Electronically verified by: K. Lindahl, MLS(ASCP)   10/14/2025 14:55
Reviewed and released by: R. Okonjo, MD, PhD        10/14/2025 15:02
Page 1 of 1                       -- END OF REPORT --
"""

D2 = """Riverbend Pulmonary Associates                                 Epic - SmartForm print
PULMONARY FOLLOW-UP - ALPHA-1 (SmartForm)                     Trine Haugen, MD   02/05/2026 9:40 AM
Patient: Desrosiers, Marc-Andre    MRN 6610043    DOB 11/30/1968 (57 y.o. M)

Visit reason: 3 month follow-up, augmentation started 11/2025
Primary diagnosis: E88.01 Alpha-1-antitrypsin deficiency
Pulmonary diagnosis: J43.9 Emphysema, unspecified
Genotype / phenotype: PI*SZ (Northstar 10/06/2025)
AAT level, pre-treatment: 62 mg/dL (10/06/2025, nephelometry)
AAT level, prior: 64 mg/dL (outside lab, 03/2023)
AAT level, on therapy: ***
CT chest: 09/2025 - mild centrilobular emphysema upper lobes, bilateral basal panlobular change
FEV1 % predicted (post-BD): 61 % (11/03/2025)
FEV1 % predicted, prior: 64 % (08/2024)
FEV1 decline: 150 mL/year (08/2024 -> 11/2025)
DLCO % predicted: 58 %
Tobacco use: Former - quit 2019, 35 pack-years
Vaping / cannabis: Denies
Cotinine: {blank}
Exacerbations past 12 mo: 1 (before therapy, 09/2025, prednisone burst)
Response to therapy: Less dyspnea on stairs per patient; no exacerbation since starting therapy 11/2025;
  tolerating infusions without reaction.
Adverse effects: None
Weight: 88 kg (194 lb 0.1 oz)
Inhaled therapy: budesonide/glycopyrrolate/formoterol 160/9/4.8 mcg 2 puffs BID; albuterol PRN
Vaccines: Up to date (influenza 10/2025, RSV 2025)
Payer: BlueHarbor PPO
Prior auth #: ***
Plan: Continue Prolastin-C 60 mg/kg IV weekly at Riverbend infusion suite. Repeat PFT 05/2026.
  If FEV1 continues to fall > 100 mL/year despite therapy, discuss referral to Alpha-1 clinical resource center.
Patient education: ___
Follow-up: 3 months
"""

D3 = """Riverbend Pulmonary Associates - Infusion Suite                Epic - SmartForm print
ALPHA-1 AUGMENTATION INFUSION (SmartForm)                     Leona Pruitt, RN   02/19/2026 2:41 PM
Patient: Desrosiers, Marc-Andre    MRN 6610043    DOB 11/30/1968 (57 y.o. M)

Check-in time: 13:22
Weight today: 88 kg (194 lb 0.1 oz)
Weight source: Standing scale, clinic
Height: 180 cm
Temp: 36.9 C    HR: 80    BP: 138/84    RR: 18    SpO2: 93 % RA
Symptoms since last infusion: None new
Active infection / antibiotics: No
Premedications: ***
IV access: 22 g L forearm, placed 13:48, blood return +
Medication: alpha-1-proteinase inhibitor (human) - Prolastin-C (lyophilized) 1,000 mg vials
Ordered dose: 60 mg/kg (5,280 mg calculated); round to whole vials per protocol
Dose administered: 5,000 mg
Vials: 5 x 1,000 mg
Diluent: Sterile water 20 mL per vial; reconstituted 13:40
Lot: 26J0418
Expiration: 01/31/2027
NDC: 13533-0700-xx per carton
Volume: 100 mL
Rate: 7 mL/min (0.08 mL/kg/min)
Infusion start: 14:06
Infusion stop: 14:24
Waste (mg): 0 - all 5 vials infused
Reaction during infusion: {blank}
Post-infusion vitals: HR 78, BP 132/80, SpO2 94 %
Observation: 15 min, no reaction
Discharge time: 14:42
Prior auth #: ***
Next infusion: 02/26/2026 13:30
Charge capture: J0256 x 500 units (10 mg/unit), JZ; 96365 x 1
RN comment: Patient asked whether he still needs therapy given the lab note; referred question to Dr. Haugen.
"""

CHART = {
    "chart_id": "b17-005",
    "date_of_service": "2026-02-19",
    "payer": {"profile": "commercial", "name": "BlueHarbor PPO"},
    "prior_authorization": "UM-4471920",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 500, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "lab_report", "date": "2025-10-14", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-02-05", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2026-02-19", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b17-005",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met",
        "genotype": "conflict",
        "serum_aat_level": "conflict",
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
        "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["S", "Z"]},
        {"kind": "serum_aat", "value": 62, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 11.6, "unit": "uM"},
        {"kind": "serum_aat", "value": 64, "unit": "mg/dL"},
        {"kind": "weight", "value": 88, "unit": "kg", "value_kg": 88.0},
        {"kind": "dose", "value": 5000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "26J0418"},
        {"kind": "expiration_date", "value": "2027-01-31"},
        {"kind": "infusion_start", "value": "14:06"},
        {"kind": "infusion_end", "value": "14:24"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 61},
        {"kind": "fev1", "value": 64},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C"},
    ],
    "notes": (
        "Gaps: PI*SZ (both IEF phenotype and genotype agree) on a commercial profile with every documented level at or "
        "above threshold: 62 mg/dL and 64 mg/dL by nephelometry (>= 57), 11.6 umol/L (>= 11) -> genotype conflict and "
        "serum_aat_level conflict. 'DETECTED, heterozygous' lines for S and for Z add no M allele; 'Reference genotype: "
        "PI*MM' and the IEF reference 'MM' are not results. Empty fields: on-therapy level ***, cotinine {blank}, "
        "SmartForm 'Prior auth #: ***' (PA met from the chart field only), premedications ***, education ___. "
        "Dose 5,000 mg vs calculated 5,280 mg (-5.3 %, within 10 %). Check-in 13:22, reconstitution 13:40, PIV 13:48, "
        "discharge 14:42 are not infusion times; FEV1 61 and 64 % both within 25-80."
    ),
}

ARITH = {
    "dos": "2026-02-19",
    "product": "Prolastin-C",
    "weight_kg": 88.0,
    "weight_source": "SmartForm weight today 88 kg",
    "dose_mg": 5000,
    "target_mg": 5280.0,
    "pct_from_target": -5.30,
    "code": "J0256",
    "billing_unit_mg": 10,
    "admin_units_expected": 500,
    "admin_units_billed": 500,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifier_expectation": "commercial: JZ with zero waste documented",
    "lots": [{"lot": "26J0418", "exp": "2027-01-31"}],
    "infusion": ["14:06", "14:24"],
    "serum_method_rid": False,
}
