CHART_ID = "b19-007"
DOS = "2026-02-26"
PAYER = {"profile": "commercial", "name": "UnitedHealthcare Choice Plus"}
PRIOR_AUTH = "UHC-A1-20250817-3301"
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 598, "modifiers": []},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = r"""
CAROLINA ALPHA-1 CENTER
Pulmonary, Critical Care and Sleep Medicine
400 Medical Park Drive, Building C
Winston-Salem, NC 27103
Tel 336-555-0127   Fax 336-555-0128

February 26th, 2026

Jonathan K. Whitfield, MD
Piedmont Internal Medicine Associates
1220 Reynolda Road
Winston-Salem, NC 27104

RE:   Brent A. Halvorsen
      Date of birth: June 3rd, 1960

Dear Dr. Whitfield,

Thank you for continuing to share the care of Mr. Halvorsen with us. I saw him today, February 26th,
2026, in the Alpha-1 clinic, and he received his weekly Zemaira infusion in our infusion room after
the visit. He is now in his sixth month of augmentation therapy, which began on August 28th, 2025.

He reports that he has had no chest infections and no courses of prednisone since the summer, and he
has not missed an infusion. His cough is about the same. He weighed 93.4 kg today, down from 95.5 kg
when he started in August, which he attributes to walking more.

PROBLEM LIST
1. Alpha-1 antitrypsin deficiency, genotype PI*Z/Mmalton (SERPINA1 c.1096G>A and c.226_228del),
   serum AAT 6.9 umol/L on May 12th, 2025. The isoelectric focusing phenotype read as MZ because
   Mmalton migrates with M; the sequencing result is the one that counts.
2. Emphysema, panlobular, bilateral lower lobes on CT of September 9th, 2024. Post-bronchodilator
   FEV1 61% of predicted today, 64% in August 2025.
3. Tobacco use disorder. He continues to smoke, currently about five cigarettes a day, down from a pack a
   day last summer. He has not set a quit date.
4. Obstructive sleep apnea on CPAP.
5. Hyperlipidemia, on atorvastatin 40 mg.

ASSESSMENT
He is tolerating Zemaira well, with no exacerbations since starting augmentation; the change in FEV1
is within the variability of the test. The main threat to his lungs, and to continued coverage of
augmentation (his plan's criteria require a non-smoker), is his ongoing smoking.

RECOMMENDATIONS
1. Continue Zemaira 60 mg/kg IV weekly; dose built from whole vials (today one 4 g and two 1 g vials).
2. Varenicline: 0.5 mg daily for 3 days, 0.5 mg twice daily for 4 days, then 1 mg twice daily, with a
   quit date of March 9th, 2026. Referral to the QuitlineNC program (1-800-QUIT-NOW) placed today.
3. Repeat spirometry in August 2026.
4. Pneumococcal (PCV20) vaccine given in 2024; no further doses needed.
5. His son (age 34) should be tested; his daughter has already tested PI*MM.

Thank you for allowing us to participate in his care.

Sincerely,

Celeste Alvarez-Nygaard, MD
Medical Director, Carolina Alpha-1 Center

CAN/tjw   Dictated February 26th, 2026, 4:15 p.m.; transcribed February 27th, 2026
"""

D2 = r"""
== Results Review (interface text) ==   LabCorp -> CAAC    Received 05/14/2025 06:12
Accession: LC 133-442-8817-0     Collected: 05/12/2025 09:40     Fasting: N
Ordering: ALVAREZ-NYGAARD, CELESTE MD     Acct: 04458812
-----------------------------------------------------------------------------------------------
RESULT                          | VALUE                               | UNITS  | FLAG | REF
Alpha-1-Antitrypsin, Serum      | 6.9                                 | umol/L | L    | 20.0-48.0
Alpha-1-Antitrypsin Phenotype   | MZ                                  |        | A    | MM
SERPINA1 S allele (c.863A>T)    | Not Detected                        |        |      | Not Detected
SERPINA1 Z allele (c.1096G>A)   | Detected (heterozygous)             |        | A    | Not Detected
SERPINA1 Sequencing             | c.226_228del (p.Phe76del), Mmalton  |        | A    |
SERPINA1 Interpretation         | PI*Z/Mmalton, compound heterozygous |        | A    |
C-Reactive Protein              | 3.2                                 | mg/L   |      | 0.0-8.0
Immunoglobulin A, Serum         | 241                                 | mg/dL  |      | 87-352
-----------------------------------------------------------------------------------------------
RESULT COMMENT: The Z allele is present in the heterozygous state together with the Mmalton
deficiency allele on the other chromosome; this combination is associated with severe deficiency.
Mmalton migrates as M on isoelectric focusing, which explains the MZ phenotype pattern.
REFERENCE INFORMATION: Typical serum levels PI*MM 20-48 umol/L; PI*ZZ 2.5-7 umol/L.
Performed at: LabCorp RTP, 1912 TW Alexander Dr, Durham NC.   Final 05/14/2025 06:10
"""

D3 = r"""
MEDICATION ADMINISTRATION -- DEVICE INTEGRATION LOG (BCMA + pump)     pasted to encounter 02/26/2026
CAAC Infusion Room 2    Patient: HALVORSEN, BRENT A    MRN 3308127    Wt (documented 12:41): 93.4 kg
EVENT                        | TIME  | DETAIL
Order verified (pharmacist)  | 12:20 | Zemaira 60 mg/kg -> 5,604 mg calc; dispense 1 x 4 g + 2 x 1 g vials (whole vials)
Patient wristband scan       | 12:52 | MRN 3308127 match
Barcode scan - product       | 12:58 | GTIN 00300537202019 LOT P100571145 EXP 2027-06-30 (Zemaira 4 g vial, labeled 3,968 mg)
Barcode scan - product       | 12:58 | GTIN 00300537201012 LOT P100566902 EXP 2026-10-31 (Zemaira 1 g vial, labeled 1,006 mg)
Barcode scan - product       | 12:59 | GTIN 00300537201012 LOT P100566902 EXP 2026-10-31 (Zemaira 1 g vial, labeled 1,006 mg)
Barcode scan - flush         | 13:00 | NS 0.9% 10 mL syringe LOT 5G1182 EXP 2028-03-31
Reconstitution complete      | 13:04 | Mix2Vial transfer x3
Pump program (Alaris ch A)   | 13:07 | VTBI 116 mL   Rate 7.4 mL/min (0.08 mL/kg/min)
Infusion started             | 13:09 |
Pump alarm - air in line     | 13:15 | cleared 13:16
Infusion complete (KVO)      | 13:27 | volume infused 116 mL
Flush NS 20 mL               | 13:28 |
Administration documented    | 13:31 | Zemaira 5,980 mg IV given (all three vials, entire contents); waste 0 mg
Vitals                       | 13:40 | BP 136/84  HR 77  SpO2 93%
PIV removed                  | 13:44 | 22 g R forearm, catheter intact
--- charge capture ---       | 13:50 | J0257 x 598 units (CDM 2503388 "ALPHA-1 PI 10 MG"); 96365 x 1
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-02-26", "text": D1},
    {"id": "d2", "type": "lab_report", "date": "2025-05-14", "text": D2},
    {"id": "d3", "type": "infusion_record", "date": "2026-02-26", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "ev": ("d1", "Alpha-1 antitrypsin deficiency, genotype PI*Z/Mmalton")},
    {"kind": "genotype", "alleles": ["Z", "MMALTON"], "ev": ("d2", "PI*Z/Mmalton, compound heterozygous")},
    {"kind": "genotype", "alleles": ["M", "Z"], "ev": ("d2", "Alpha-1-Antitrypsin Phenotype   | MZ")},
    {"kind": "serum_aat", "value": 6.9, "unit": "uM", "ev": ("d2", "| 6.9                                 | umol/L |")},
    {"kind": "lung_disease", "value": "emphysema", "ev": ("d1", "Emphysema, panlobular, bilateral lower lobes")},
    {"kind": "fev1", "value": 61, "ev": ("d1", "FEV1 61% of predicted today")},
    {"kind": "fev1", "value": 64, "ev": ("d1", "64% in August 2025")},
    {"kind": "weight", "value": 93.4, "unit": "kg", "value_kg": 93.4, "ev": ("d1", "He weighed 93.4 kg today")},
    {"kind": "weight", "value": 95.5, "unit": "kg", "value_kg": 95.5, "ev": ("d1", "down from 95.5 kg")},
    {"kind": "dose", "value": 5980, "ev": ("d3", "Zemaira 5,980 mg IV given")},
    {"kind": "wastage", "value": 0, "ev": ("d3", "waste 0 mg")},
    {"kind": "lot_number", "value": "P100571145", "ev": ("d3", "LOT P100571145")},
    {"kind": "lot_number", "value": "P100566902", "ev": ("d3", "LOT P100566902")},
    {"kind": "expiration_date", "value": "2027-06-30", "ev": ("d3", "EXP 2027-06-30")},
    {"kind": "expiration_date", "value": "2026-10-31", "ev": ("d3", "EXP 2026-10-31")},
    {"kind": "infusion_start", "value": "13:09", "ev": ("d3", "Infusion started             | 13:09")},
    {"kind": "infusion_end", "value": "13:27", "ev": ("d3", "Infusion complete (KVO)      | 13:27")},
    {"kind": "response_to_therapy", "ev": ("d1", "He is tolerating Zemaira well, with no exacerbations since starting augmentation")},
    {"kind": "smoking_status", "value": "current", "ev": ("d1", "He continues to smoke, currently about five cigarettes a day")},
    {"kind": "drug_product", "value": "Zemaira", "ev": ("d3", "Zemaira 5,980 mg IV given")},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met", "lung_disease_evidence": "met",
    "patient_weight": "met", "dose_administered": "met", "dose_matches_weight": "met",
    "units_match_dose": "met", "wastage_documented": "met", "lot_number": "met", "expiration_date": "met",
    "infusion_times": "met", "response_to_therapy": "met", "prior_authorization": "met",
    "code_selection": "conflict", "smoking_status": "conflict", "fev1_range": "met",
}

ARITH = {
    "dos": DOS,
    "weight": {"value": 93.4, "unit": "kg", "value_kg": 93.4},
    "dose_mg": 5980, "target_mg_per_kg": 60, "target_mg": 5604.0, "pct_diff": 6.71, "within_10pct": True,
    "claim_lines": [{"hcpcs": "J0257", "modifiers": [], "units_billed": 598, "bu_mg": 10, "expected_units": 598}],
    "waste_mg": 0, "jw_units_expected": None,
    "lots": [{"lot": "P100571145", "exp": "2027-06-30", "exp_not_before_dos": True},
             {"lot": "P100566902", "exp": "2026-10-31", "exp_not_before_dos": True}],
    "dos_products": ["Zemaira"],
}

NOTES = ("Gaps: code_selection conflict (Zemaira billed on J0257, the Glassia code; units 598 are right for a "
         "10 mg unit); smoking_status conflict (current smoker, five cigarettes a day). Traps: genotype Z/Mmalton "
         "with 'Detected (heterozygous)' on the Z line adds no M; the IEF phenotype MZ differs from the DNA result "
         "and is kept as a second genotype finding (requirement met by the deficient pair); policy text 'criteria "
         "require a non-smoker'; reference levels 20-48 / 2.5-7 umol/L; calculated 5,604 mg; labeled vial mg; "
         "barcode scan 12:58, reconstitution 13:04, pump program 13:07, alarm 13:15, flush 13:28, documentation "
         "13:31, vitals 13:40, PIV out 13:44; NS flush lot/exp; varenicline doses; daughter PI*MM.")

META = {
    "style": "(3)+(1) AATD-center consult letter with numbered problem list/recommendations and written-out dates + 'RESULT | VALUE | UNITS | FLAG | REF' lab interface text with result comment + BCMA/pump device-integration log (Zemaira billed J0257)",
    "gaps": "code_selection conflict (Zemaira on J0257); smoking_status conflict (current smoker)",
    "traps": "Z 'heterozygous' + Mmalton -> [Z, MMALTON]; IEF MZ also reported; payer-criteria sentence; reference levels; calculated 5,604 mg; barcode/recon/pump/alarm/flush/doc/vitals/PIV times; NS flush lot; son/daughter testing",
}
